/**
 * @tjxf/i18n: the portals' languages (zh-CN first, English second), the shared messages
 * and the remembered switch. Built on i18next and react-i18next.
 */
export {
  createI18n,
  COMMON_NAMESPACE,
  type CreateI18nOptions,
  type PortalMessages,
  type PortalNamespaces,
} from './create-i18n.js';
export { useLanguage, type LanguageControl } from './use-language.js';
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  otherLanguage,
  type Language,
} from './languages.js';
export { splitBilingual, inLanguage, type Bilingual } from './bilingual.js';
export { zhCN, type CommonMessages } from './messages/zh-CN.js';
export { en } from './messages/en.js';
export { I18nextProvider, Trans, useTranslation } from 'react-i18next';
export type { i18n as I18n, TFunction } from 'i18next';
