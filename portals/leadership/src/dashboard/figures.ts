import type { Language } from '@tjxf/i18n';
import type { KpiCode } from './stats-queries';

const LOCALE: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** A rate (0–1) as a percentage with one decimal, or a dash when there is none. */
export const formatRate = (rate: number | null | undefined, language: Language): string =>
  rate === null || rate === undefined
    ? '—'
    : new Intl.NumberFormat(LOCALE[language], {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(rate);

/** A count or a score, grouped as the language writes numbers. */
export const formatNumber = (value: number, language: Language, digits = 0): string =>
  new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );

/** The KPIs where less is better (a rise is bad news). */
const LOWER_IS_BETTER: readonly KpiCode[] = ['REPEAT_PETITION_RATE'];

export type Change = { direction: 'up' | 'down' | 'same'; points: number; good: boolean | null };

/** How a rate moved against the previous period, in percentage points; null without both rates. */
export function changeOf(code: KpiCode, rate: number | null, previous: number | null): Change | null {
  if (rate === null || previous === null) return null;
  const points = Math.round((rate - previous) * 1000) / 10;
  if (points === 0) return { direction: 'same', points: 0, good: null };
  const up = points > 0;
  return { direction: up ? 'up' : 'down', points: Math.abs(points), good: up !== LOWER_IS_BETTER.includes(code) };
}
