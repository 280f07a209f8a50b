import type { WorkCalendar } from './calendar.js';
import { addDays, chinaDate, endOfChinaDay, type LocalDate } from './dates.js';

export const DayBasis = { CALENDAR_DAYS: 'CALENDAR_DAYS', WORKING_DAYS: 'WORKING_DAYS' } as const;
export type DayBasis = (typeof DayBasis)[keyof typeof DayBasis];

export interface Period {
  /** The start event (registration, acceptance, …). */
  start: Date;
  days: number;
  basis: DayBasis;
}

export interface Deadline {
  /** The last day of the period, in China. */
  lastDay: LocalDate;
  /** 24:00 of the last day in China: the last moment of the period. */
  dueAt: Date;
  /** True when a calendar-day period was carried past a holiday or rest day. */
  extendedPastRestDays: boolean;
  /**
   * The years counted on the statutory days alone (no arrangement published yet): the end may
   * move when it is. Empty when every day counted is certain.
   */
  provisionalYears: number[];
}

/**
 * The end of a period as the Civil Code counts it (Art. 201–203; R-T1, R-T1a), on `calendar`:
 * the day of the start event is not counted; the period ends at 24:00 of its last day; a
 * calendar-day period whose last day is a statutory holiday or rest day ends on the next
 * working day. Working days skip weekends and holidays and count make-up working days (调休).
 */
export function deadlineOf(period: Period, calendar: WorkCalendar): Deadline {
  if (!Number.isInteger(period.days) || period.days < 1)
    throw new RangeError(`a period needs whole days ≥ 1, got ${period.days}`);
  const startDay = chinaDate(period.start);
  let lastDay: LocalDate;
  let extendedPastRestDays = false;
  if (period.basis === DayBasis.CALENDAR_DAYS) {
    lastDay = addDays(startDay, period.days);
    while (!calendar.isWorkingDay(lastDay)) {
      lastDay = addDays(lastDay, 1);
      extendedPastRestDays = true;
    }
  } else {
    lastDay = startDay;
    for (let counted = 0; counted < period.days;) {
      lastDay = addDays(lastDay, 1);
      if (calendar.isWorkingDay(lastDay)) counted++;
    }
  }
  return {
    lastDay,
    dueAt: endOfChinaDay(lastDay),
    extendedPastRestDays,
    provisionalYears: provisionalYears(startDay, lastDay, calendar),
  };
}

/**
 * The provisional years a count from `startDay` to `lastDay` depends on. A calendar-day count
 * depends only on its last day (whether it is a day off), a working-day count on every day
 * after the start; either way, on the years from the day after the start to the last day.
 */
function provisionalYears(startDay: LocalDate, lastDay: LocalDate, calendar: WorkCalendar): number[] {
  const years: number[] = [];
  for (let year = Number(addDays(startDay, 1).slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++)
    if (calendar.isProvisional(year)) years.push(year);
  return years;
}
