import { describe, expect, it } from 'vitest';
import { CalendarDayKind, LIBRARY_CALENDAR, WorkCalendar, libraryYears, type CalendarDay } from '../calendar.js';
import { DayBasis, deadlineOf } from '../periods.js';
import { scheduleProblems } from '../schedule.js';
import { statutoryHolidays } from '../statutory.js';

// issue 17 (R-T1, R-T1a, R-T2): the calendar of a year without a published arrangement
const at = (local: string) => new Date(`${local}+08:00`);
const off = (date: string, name: string): CalendarDay => ({ date, kind: CalendarDayKind.HOLIDAY, name });
const worked = (date: string, name: string): CalendarDay => ({ date, kind: CalendarDayKind.MAKEUP_WORKDAY, name });

/** An arrangement for 2027 as the State Council might publish it: the statutory days, bridges, make-up days. */
const ARRANGEMENT_2027: CalendarDay[] = [
  ...statutoryHolidays(2027).map((d) => off(d.date, d.name)),
  off('2027-02-09', '春节'),
  off('2027-02-10', '春节'),
  off('2027-02-11', '春节'),
  worked('2027-02-20', '春节'),
  off('2027-10-04', '国庆节'),
  off('2027-10-05', '国庆节'),
  off('2027-10-06', '国庆节'),
  off('2027-10-07', '国庆节'),
  worked('2027-09-26', '国庆节'),
  worked('2027-10-09', '国庆节'),
];

describe('the work calendar', () => {
  it('keeps the library’s arrangement where it has the year', () => {
    expect(libraryYears()).toContain(2026);
    const year = LIBRARY_CALENDAR.year(2026);
    expect(year).toMatchObject({ source: 'LIBRARY', provisional: false });
    expect(year.days).toContainEqual(worked('2026-02-14', '春节'));
  });

  it('counts 2027, which the library does not have, on the statutory days and calls it provisional', () => {
    expect(libraryYears()).not.toContain(2027);
    const year = LIBRARY_CALENDAR.year(2027);
    expect(year).toMatchObject({ source: 'STATUTORY', provisional: true });
    expect(LIBRARY_CALENDAR.isWorkingDay('2027-01-01')).toBe(false); // a Friday: New Year's Day
    expect(LIBRARY_CALENDAR.holidayName('2027-02-08')).toBe('春节'); // a Monday: 初三
    expect(LIBRARY_CALENDAR.isWorkingDay('2027-02-09')).toBe(true); // no bridge until one is published
  });

  it('takes a published arrangement before the library and the law, with its make-up working days', () => {
    const calendar = new WorkCalendar([{ year: 2027, days: ARRANGEMENT_2027 }]);
    expect(calendar.year(2027)).toMatchObject({ source: 'PUBLISHED', provisional: false });
    expect(calendar.isWorkingDay('2027-02-09')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true); // a Saturday worked
    expect(calendar.year(2027).revision).not.toBe(LIBRARY_CALENDAR.year(2027).revision);
    expect(calendar.year(2026)).toEqual(LIBRARY_CALENDAR.year(2026));
  });

  it('counts a working-day limit across New Year’s Day 2027 provisionally', () => {
    // from Wed 2026-12-30: Thu 31 (1), Fri 1 Jan is New Year's Day, Mon 4 (2), … Wed 6 (4), Thu 7 (5)
    const d = deadlineOf({ start: at('2026-12-30T10:00:00'), days: 5, basis: DayBasis.WORKING_DAYS }, LIBRARY_CALENDAR);
    expect(d.lastDay).toBe('2027-01-07');
    expect(d.provisionalYears).toEqual([2027]);
    const within2026 = deadlineOf(
      { start: at('2026-12-01T10:00:00'), days: 5, basis: DayBasis.WORKING_DAYS },
      LIBRARY_CALENDAR,
    );
    expect(within2026.provisionalYears).toEqual([]);
  });

  it('carries a calendar-day limit ending on a Spring Festival day of 2027, and moves it when the arrangement bridges', () => {
    // 2027-01-22 + 15 = 2027-02-06 (初一): carried past 2-08 to Tuesday 2-09 on the statutory days
    const period = { start: at('2027-01-22T09:00:00'), days: 15, basis: DayBasis.CALENDAR_DAYS };
    const provisional = deadlineOf(period, LIBRARY_CALENDAR);
    expect(provisional).toMatchObject({ lastDay: '2027-02-09', extendedPastRestDays: true, provisionalYears: [2027] });
    // the published arrangement gives 2-09 to 2-11 off as well: the first working day is Friday 2-12
    const published = deadlineOf(period, new WorkCalendar([{ year: 2027, days: ARRANGEMENT_2027 }]));
    expect(published).toMatchObject({ lastDay: '2027-02-12', provisionalYears: [] });
  });

  it('counts a make-up working day of the published arrangement as a working day', () => {
    // from Thu 2027-02-18: Fri 19 (1), Sat 20 worked (2), Mon 22 (3)
    const calendar = new WorkCalendar([{ year: 2027, days: ARRANGEMENT_2027 }]);
    const d = deadlineOf({ start: at('2027-02-18T09:00:00'), days: 3, basis: DayBasis.WORKING_DAYS }, calendar);
    expect(d.lastDay).toBe('2027-02-22');
    expect(
      deadlineOf({ start: at('2027-02-18T09:00:00'), days: 3, basis: DayBasis.WORKING_DAYS }, LIBRARY_CALENDAR).lastDay,
    ).toBe('2027-02-23');
  });
});

describe('an arrangement as entered', () => {
  it('is accepted when it keeps every statutory day off', () => {
    expect(scheduleProblems(2027, ARRANGEMENT_2027)).toEqual([]);
  });

  it('is refused with the field and reason of each problem', () => {
    const days = ARRANGEMENT_2027.filter((d) => d.date !== '2027-02-06');
    expect(
      scheduleProblems(2027, [
        ...days,
        off('2026-12-31', '元旦'),
        worked('2027-02-22', '春节'), // a Monday
        off('2027-10-04', '国庆节'), // twice
        off('2027-10-08', ''),
      ]).map((p) => `${p.field} ${p.reason}`),
    ).toEqual([
      `days.${days.length}.date SCHEDULE_DATE_NOT_IN_YEAR`,
      `days.${days.length + 1}.date MAKEUP_WORKDAY_NOT_WEEKEND`,
      `days.${days.length + 2}.date SCHEDULE_DATE_REPEATED`,
      `days.${days.length + 3}.name SCHEDULE_DAY_NAME_LENGTH`,
      'days SCHEDULE_STATUTORY_DAY_MISSING',
    ]);
    expect(scheduleProblems(2027, [])[0]?.reason).toBe('SCHEDULE_EMPTY');
    expect(scheduleProblems(2200, ARRANGEMENT_2027)[0]?.reason).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });
});
