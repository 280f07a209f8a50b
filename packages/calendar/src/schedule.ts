import { CALENDAR_YEARS, CalendarDayKind, type CalendarDay } from './calendar.js';
import { isWeekend } from './dates.js';
import { STATUTORY_RULES_FROM, statutoryHolidays } from './statutory.js';

/** The most days one year's arrangement lists (days off and make-up working days together). */
export const SCHEDULE_MAX_DAYS = 60;
/** The longest name of a day, in characters. */
export const SCHEDULE_NAME_MAX = 20;

/** What is wrong with an arrangement as entered: where (`days.3.date`) and why (a reason code). */
export interface ScheduleProblem {
  field: string;
  reason: string;
  params?: Record<string, string | number>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A year outside the years the calendar is kept for, or null. */
export function yearProblem(year: number): ScheduleProblem | null {
  return !Number.isInteger(year) || year < CALENDAR_YEARS.from || year > CALENDAR_YEARS.to
    ? { field: 'year', reason: 'CALENDAR_YEAR_OUT_OF_RANGE', params: CALENDAR_YEARS }
    : null;
}

/**
 * Checks the State Council's arrangement for a year as an administrator entered it (R-T1):
 * real dates of that year, each once, make-up working days only on weekends, a name for each,
 * and every statutory day off of the law among the days off (an arrangement bridges and
 * moves days; it cannot take a statutory holiday away). The problems, first by field.
 */
export function scheduleProblems(year: number, days: readonly CalendarDay[]): ScheduleProblem[] {
  const outOfRange = yearProblem(year);
  if (outOfRange) return [outOfRange];
  if (days.length === 0) return [{ field: 'days', reason: 'SCHEDULE_EMPTY' }];
  if (days.length > SCHEDULE_MAX_DAYS)
    return [{ field: 'days', reason: 'SCHEDULE_TOO_MANY_DAYS', params: { max: SCHEDULE_MAX_DAYS } }];
  const problems: ScheduleProblem[] = [];
  const seen = new Set<string>();
  days.forEach((day, i) => {
    const at = `days.${i}`;
    if (!isDate(day.date) || !day.date.startsWith(`${year}-`))
      problems.push({ field: `${at}.date`, reason: 'SCHEDULE_DATE_NOT_IN_YEAR', params: { year } });
    else if (seen.has(day.date))
      problems.push({ field: `${at}.date`, reason: 'SCHEDULE_DATE_REPEATED', params: { date: day.date } });
    else if (day.kind === CalendarDayKind.MAKEUP_WORKDAY && !isWeekend(day.date))
      problems.push({ field: `${at}.date`, reason: 'MAKEUP_WORKDAY_NOT_WEEKEND', params: { date: day.date } });
    seen.add(day.date);
    const name = day.name.trim();
    if (!name || [...name].length > SCHEDULE_NAME_MAX)
      problems.push({ field: `${at}.name`, reason: 'SCHEDULE_DAY_NAME_LENGTH', params: { max: SCHEDULE_NAME_MAX } });
  });
  if (year >= STATUTORY_RULES_FROM) {
    const off = new Set(days.filter((d) => d.kind === CalendarDayKind.HOLIDAY).map((d) => d.date));
    for (const statutory of statutoryHolidays(year))
      if (!off.has(statutory.date))
        problems.push({
          field: 'days',
          reason: 'SCHEDULE_STATUTORY_DAY_MISSING',
          params: { date: statutory.date, name: statutory.name },
        });
  }
  return problems;
}
