import type { Language } from './languages.js';

/** A text in both of the portals' languages. */
export type Bilingual = Record<Language, string>;

// "中文。English." — the Chinese part ends at the last full stop before the English, which
// starts with a capital and has no Chinese in it
const BILINGUAL = /^(.*?\p{Script=Han}.*?[。！？])\s*([A-Z][^\p{Script=Han}]*)$/su;

/**
 * Splits the server's bilingual texts ("请填写标题。Enter the title.") into their two
 * halves; null when the text is in one language only.
 */
export function splitBilingual(text: string): Bilingual | null {
  const match = BILINGUAL.exec(text.trim());
  return match ? { 'zh-CN': match[1]!.trim(), en: match[2]!.trim() } : null;
}

/** The half of a bilingual text in the given language, or the whole text when it is not bilingual. */
export function inLanguage(text: string, language: Language): string {
  return splitBilingual(text)?.[language] ?? text;
}
