import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { statutoryHolidays, type Festival } from '../statutory.js';

// issue 17 (R-T1, R-T1a): the statutory days of a year without a published arrangement
const published = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
};
const LIBRARY_NAME: Record<Festival, string> = {
  NEW_YEAR: "New Year's Day",
  SPRING_FESTIVAL: 'Spring Festival',
  QINGMING: 'Tomb-sweeping Day',
  LABOUR_DAY: 'Labour Day',
  DRAGON_BOAT: 'Dragon Boat Festival',
  MID_AUTUMN: 'Mid-autumn Festival',
  NATIONAL_DAY: 'National Day',
};
const yearsBoth = [2025, 2026].filter((year) => Object.keys(published.holidays).some((d) => d.startsWith(`${year}-`)));

describe('statutory holidays', () => {
  it('counts the 13 days of the 2024 revision for 2027, the lunar ones from the Chinese calendar', () => {
    expect(statutoryHolidays(2027).map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节', // 初一
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it.each(yearsBoth)('agrees with the published arrangement of %i on every statutory day', (year) => {
    for (const day of statutoryHolidays(year))
      expect(published.holidays[day.date]?.split(',')[0], `${day.date} ${day.name}`).toBe(
        LIBRARY_NAME[day.festivals[0]!],
      );
  });

  it('gives one day off when two festivals fall on it (中秋节 on 3 October 2028)', () => {
    const days = statutoryHolidays(2028);
    expect(days).toHaveLength(12);
    expect(days.find((d) => d.date === '2028-10-03')).toEqual({
      date: '2028-10-03',
      festivals: ['MID_AUTUMN', 'NATIONAL_DAY'],
      name: '中秋节、国庆节',
    });
  });

  it('refuses a year before the 2024 revision applies', () => {
    expect(() => statutoryHolidays(2024)).toThrow(RangeError);
  });
});
