import type { Language } from '@tjxf/i18n';

/** Deadlines and history are shown in Beijing time, wherever the reader is. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

const LOCALE: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE[language], {
      timeZone: BEIJING_TIME_ZONE,
      year: 'numeric',
      month: language === 'en' ? 'short' : 'long',
      day: 'numeric',
      ...(kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formats.set(key, found);
  }
  return found;
}

/** The calendar day in Beijing, e.g. 2026年12月14日 / 14 Dec 2026. */
export const formatDate = (iso: string, language: Language): string => format(language, 'date').format(new Date(iso));

/** Day and time in Beijing, e.g. 2026年11月27日 15:38. */
export const formatDateTime = (iso: string, language: Language): string =>
  format(language, 'dateTime').format(new Date(iso));

/** A file size as people read it: 512 B, 34 KB, 2.4 MB. */
export function formatFileSize(bytes: number, language: Language): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}

/**
 * A count as a list shows it: 59,433, or 10,000+ when the server stopped counting (a
 * connection's `totalCountCapped`: counting a million would cost more than it tells).
 */
export const formatCount = (count: number, capped: boolean, language: Language): string =>
  `${new Intl.NumberFormat(LOCALE[language]).format(count)}${capped ? '+' : ''}`;
