/** The portals' languages, Simplified Chinese first (it is also the fallback). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Where the choice is remembered (localStorage), shared by the four portals on one origin. */
export const LANGUAGE_STORAGE_KEY = 'tjxf.lang';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The other language: the one the switch offers. */
export const otherLanguage = (language: Language): Language => (language === 'zh-CN' ? 'en' : 'zh-CN');
