import { addDays, chinaDate } from '@tjxf/calendar';
import { invalidField } from '@tjxf/domain';
import { PeriodPreset } from './statistics.type.js';

/** A period of Beijing dates, both ends inclusive (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** Longest period a question may span: ten years of history, and a margin. */
export const MAX_PERIOD_YEARS = 12;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isDate = (value: string) =>
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The Beijing date of an instant (an event's time may come as its ISO text): the calendar's. */
export const beijingDate = (at: Date | string | number): string => chinaDate(new Date(at));

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
export const daysBetween = (from: string, to: string) =>
  Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
export const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
const lastOfMonth = (date: string) => {
  const d = utc(monthOf(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return addDays(d.toISOString().slice(0, 10), -1);
};
/** The Monday of a date's week. */
export const weekOf = (date: string) => addDays(date, -((utc(date).getUTCDay() + 6) % 7));

/** The current week (from Monday), month, quarter or year, up to today. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [year, month] = [today.slice(0, 4), Number(today.slice(5, 7))];
  switch (preset) {
    case PeriodPreset.WEEK:
      return { from: weekOf(today), to: today };
    case PeriodPreset.QUARTER:
      return { from: `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`, to: today };
    case PeriodPreset.YEAR:
      return { from: `${year}-01-01`, to: today };
    default:
      return { from: monthOf(today), to: today };
  }
}

/** The period asked for: `from` and `to` (both, checked), else the preset (default MONTH). */
export function resolvePeriod(
  input: { from?: string | null; to?: string | null; preset?: PeriodPreset | null },
  today: string,
  field = 'filter',
): Period {
  if (input.from == null && input.to == null) return presetPeriod(input.preset ?? PeriodPreset.MONTH, today);
  if (input.from == null || input.to == null)
    throw invalidField(`${field}.${input.from == null ? 'from' : 'to'}`, 'STATS_PERIOD_INCOMPLETE');
  return checkedPeriod(input.from, input.to, field);
}

/** Two dates that make a period, or BAD_USER_INPUT on the one that does not fit. */
export function checkedPeriod(from: string, to: string, field = 'filter'): Period {
  if (!isDate(from)) throw invalidField(`${field}.from`, 'STATS_DATE');
  if (!isDate(to)) throw invalidField(`${field}.to`, 'STATS_DATE');
  if (to < from) throw invalidField(`${field}.to`, 'TIME_RANGE_REVERSED');
  if (daysBetween(from, to) > MAX_PERIOD_YEARS * 366)
    throw invalidField(`${field}.to`, 'STATS_PERIOD_TOO_LONG', { years: MAX_PERIOD_YEARS });
  return { from, to };
}

/** The period of the same length just before. */
export function previousPeriod({ from, to }: Period): Period {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/**
 * A period cut into whole calendar months (read from the monthly rollups) and the days at
 * either end (read from the daily ones): a year reads 12 monthly rows per key, not 365.
 */
export function calendarPieces({ from, to }: Period): { months: Period | null; days: Period[] } {
  const firstWhole = from.endsWith('-01') ? from : addDays(lastOfMonth(from), 1);
  const lastWholeEnd = to === lastOfMonth(to) ? to : addDays(monthOf(to), -1);
  if (firstWhole > lastWholeEnd) return { months: null, days: [{ from, to }] };
  const days: Period[] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (lastWholeEnd < to) days.push({ from: addDays(lastWholeEnd, 1), to });
  return { months: { from: firstWhole, to: monthOf(lastWholeEnd) }, days };
}
