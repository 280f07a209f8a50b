import { addDays, chinaDate, endOfChinaDay, isWorkingDay, type LocalDate } from './calendar.js';

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
}

/**
 * The end of a period as the Civil Code counts it (Art. 201–203; R-T1, R-T1a): the day of
 * the start event is not counted; the period ends at 24:00 of its last day; a calendar-day
 * period whose last day is a statutory holiday or rest day ends on the next working day.
 * Working days skip weekends and holidays and count make-up working days (调休).
 */
export function deadlineOf(period: Period): Deadline {
  if (!Number.isInteger(period.days) || period.days < 1)
    throw new RangeError(`a period needs whole days ≥ 1, got ${period.days}`);
  const startDay = chinaDate(period.start);
  let lastDay: LocalDate;
  let extendedPastRestDays = false;
  if (period.basis === DayBasis.CALENDAR_DAYS) {
    lastDay = addDays(startDay, period.days);
    while (!isWorkingDay(lastDay)) {
      lastDay = addDays(lastDay, 1);
      extendedPastRestDays = true;
    }
  } else {
    lastDay = startDay;
    for (let counted = 0; counted < period.days;) {
      lastDay = addDays(lastDay, 1);
      if (isWorkingDay(lastDay)) counted++;
    }
  }
  return { lastDay, dueAt: endOfChinaDay(lastDay), extendedPastRestDays };
}
