/** A Beijing date, `YYYY-MM-DD` (the API's convention for statistics). */
export type Day = string;

/** The presets of the statistics API (PeriodPreset): the current one, up to today. */
export const PERIOD_PRESETS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period the dashboard shows: a preset, or dates someone chose (inclusive). */
export type Period = { preset: PeriodPreset } | { from: Day; to: Day };

const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Beijing, wherever the reader is. */
export const beijingToday = (now: Date = new Date()): Day => BEIJING_DAY.format(now);

const utc = (day: Day) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date): Day => date.toISOString().slice(0, 10);

/** The first and last day of a preset's current period, up to today (weeks start on Monday). */
export function presetRange(preset: PeriodPreset, today: Day): { from: Day; to: Day } {
  const date = utc(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const first = {
    WEEK: () => new Date(Date.UTC(year, month, date.getUTCDate() - ((date.getUTCDay() + 6) % 7))),
    MONTH: () => new Date(Date.UTC(year, month, 1)),
    QUARTER: () => new Date(Date.UTC(year, month - (month % 3), 1)),
    YEAR: () => new Date(Date.UTC(year, 0, 1)),
  }[preset]();
  return { from: iso(first), to: today };
}

/** The dates of a period, for the queries that need them (trends take no preset). */
export const periodRange = (period: Period, today: Day = beijingToday()): { from: Day; to: Day } =>
  'preset' in period ? presetRange(period.preset, today) : period;

/** Whether a from–to pair is a usable period. */
export const isValidRange = (from: Day, to: Day): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

/** The trend's interval that gives a readable number of points for a period. */
export function defaultInterval(from: Day, to: Day): 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' {
  const days = (utc(to).getTime() - utc(from).getTime()) / 86_400_000 + 1;
  if (days <= 31) return 'DAY';
  if (days <= 120) return 'WEEK';
  if (days <= 3 * 366) return 'MONTH';
  return 'YEAR';
}
