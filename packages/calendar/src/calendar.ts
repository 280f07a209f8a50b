import { createRequire } from 'node:module';

/** The time zone in which the regulations' days begin and end. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600 * 1000; // China has kept UTC+8 all year since 1991

interface HolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * The national holidays and make-up working days (调休) as the State Council publishes them
 * each year, from the `chinese-days` package (an official-source data file, updated yearly).
 */
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as HolidayData;
const years = new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))));

/** A calendar date in China, `YYYY-MM-DD`. */
export type LocalDate = string;

/** The date in China of an instant. */
export function chinaDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last moment (24:00, i.e. 23:59:59.999) of a date in China, as an instant. */
export function endOfChinaDay(date: LocalDate): Date {
  return new Date(Date.parse(`${date}T23:59:59.999Z`) - OFFSET_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the year's holiday arrangement is known (published by the State Council). */
export function hasHolidayData(year: number): boolean {
  return years.has(year);
}

/** A working day: a weekday that is not a holiday, or a weekend day made a working day (调休). */
export function isWorkingDay(date: LocalDate): boolean {
  if (data.workdays[date]) return true;
  if (data.holidays[date]) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The holiday's name in Chinese (e.g. 春节), or null. */
export function holidayName(date: LocalDate): string | null {
  return data.holidays[date]?.split(',')[1] ?? null;
}
