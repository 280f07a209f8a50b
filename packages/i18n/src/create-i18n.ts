import i18next, { type i18n as I18n, type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, isLanguage } from './languages.js';
import { en } from './messages/en.js';
import { zhCN, type CommonMessages } from './messages/zh-CN.js';

/** The namespace of the shared messages; portals add their own beside it. */
export const COMMON_NAMESPACE = 'common';

/**
 * A portal's own namespaces, for typed keys: a portal adds
 * `declare module '@tjxf/i18n' { interface PortalNamespaces { workbench: typeof messages } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface PortalNamespaces {}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof COMMON_NAMESPACE;
  }
  interface ResourceNamespaceMap extends PortalNamespaces {
    common: CommonMessages;
  }
}

/** A portal's own messages: one object per namespace, in both languages. */
export type PortalMessages = Record<'zh-CN' | 'en', Record<string, object>>;

export interface CreateI18nOptions {
  /** The portal's own namespaces (default: none). */
  messages?: PortalMessages;
}

/**
 * An i18next instance for one portal: the shared messages plus the portal's, Chinese unless
 * the user chose English before (remembered in localStorage, never the browser's language:
 * Simplified Chinese comes first). Resources are bundled, so it is ready synchronously, and
 * it keeps `<html lang>` in step so screen readers and fonts follow the switch.
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const { messages = { 'zh-CN': {}, en: {} } } = options;
  const resources: Resource = {
    'zh-CN': { [COMMON_NAMESPACE]: zhCN, ...messages['zh-CN'] },
    en: { [COMMON_NAMESPACE]: en, ...messages.en },
  };
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    if (typeof document !== 'undefined')
      document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ns: Object.keys(resources['zh-CN']!),
      defaultNS: COMMON_NAMESPACE,
      fallbackNS: COMMON_NAMESPACE,
      supportedLngs: LANGUAGES,
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'currentOnly',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes what it renders
      returnNull: false,
      detection: {
        order: ['localStorage'],
        caches: ['localStorage'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      },
    });
  return instance;
}
