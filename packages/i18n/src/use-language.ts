import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, otherLanguage, type Language } from './languages.js';

export interface LanguageControl {
  language: Language;
  /** The language the switch offers. */
  other: Language;
  setLanguage(language: Language): void;
}

/** The current language and a way to change it (remembered, and `<html lang>` follows). */
export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const setLanguage = useCallback((next: Language) => void i18n.changeLanguage(next), [i18n]);
  return { language, other: otherLanguage(language), setLanguage };
}
