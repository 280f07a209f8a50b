import { describe, expect, it } from 'vitest';
import { LIBRARY_CALENDAR } from '../calendar.js';
import { chinaDate } from '../dates.js';
import { DayBasis, deadlineOf as deadlineOn, type Period } from '../periods.js';

const holidayName = (date: string) => LIBRARY_CALENDAR.holidayName(date);
const isWorkingDay = (date: string) => LIBRARY_CALENDAR.isWorkingDay(date);
const deadlineOf = (period: Period) => deadlineOn(period, LIBRARY_CALENDAR);

/** An instant at a China local time. */
const at = (local: string) => new Date(`${local}+08:00`);

describe('the national calendar of 2026 (R-T1)', () => {
  it('knows the Spring Festival holiday and its make-up working days', () => {
    expect(holidayName('2026-02-17')).toBe('春节');
    expect(isWorkingDay('2026-02-16')).toBe(false); // a Monday inside the holiday
    expect(isWorkingDay('2026-02-14')).toBe(true); // a Saturday made a working day
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(isWorkingDay('2026-02-24')).toBe(true);
  });

  it('knows National Day (with Mid-Autumn) and its make-up working days', () => {
    expect(isWorkingDay('2026-10-05')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday
    expect(isWorkingDay('2026-10-08')).toBe(true);
  });

  it('counts the date in China, not in UTC', () => {
    expect(chinaDate(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
  });
});

describe('periods as the Civil Code counts them (R-T1a)', () => {
  it('does not count the start day and ends at 24:00 of the last day', () => {
    const d = deadlineOf({ start: at('2026-03-02T10:00:00'), days: 15, basis: DayBasis.CALENDAR_DAYS });
    expect(d.lastDay).toBe('2026-03-17');
    expect(d.dueAt.toISOString()).toBe('2026-03-17T15:59:59.999Z');
    expect(d.extendedPastRestDays).toBe(false);
  });

  it('carries a calendar-day period that ends inside the Spring Festival to the first working day', () => {
    // 2026-02-01 + 15 = 2026-02-16, inside the holiday (15–23 Feb): ends on Tuesday 24 Feb
    const d = deadlineOf({ start: at('2026-02-01T09:00:00'), days: 15, basis: DayBasis.CALENDAR_DAYS });
    expect(d.lastDay).toBe('2026-02-24');
    expect(d.extendedPastRestDays).toBe(true);
  });

  it('carries a calendar-day period that ends on a Sunday to Monday', () => {
    const d = deadlineOf({ start: at('2026-03-07T09:00:00'), days: 15, basis: DayBasis.CALENDAR_DAYS });
    expect(d.lastDay).toBe('2026-03-23'); // 22 March is a Sunday
  });

  it('counts working days across National Day, with the make-up Saturday', () => {
    // from Tue 29 Sep: 30 Sep (1), holiday 1–7 Oct, 8 (2), 9 (3), Sat 10 made working (4), 12 (5)
    const d = deadlineOf({ start: at('2026-09-29T15:00:00'), days: 5, basis: DayBasis.WORKING_DAYS });
    expect(d.lastDay).toBe('2026-10-12');
  });

  it('refuses a period without whole days', () => {
    expect(() => deadlineOf({ start: new Date(), days: 0, basis: DayBasis.CALENDAR_DAYS })).toThrow(RangeError);
  });
});
