import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isWeekend, type LocalDate } from './dates.js';
import { STATUTORY_RULES_FROM, statutoryHolidays } from './statutory.js';

/** Where a year's calendar comes from, in order of precedence. */
export const CalendarSource = {
  /** The State Council's arrangement, entered by an administrator (`publishHolidaySchedule`). */
  PUBLISHED: 'PUBLISHED',
  /** The arrangement as the `chinese-days` package has it (it is updated each year). */
  LIBRARY: 'LIBRARY',
  /** Only the statutory days off, computed from the law: provisional. */
  STATUTORY: 'STATUTORY',
} as const;
export type CalendarSource = (typeof CalendarSource)[keyof typeof CalendarSource];

export const CalendarDayKind = {
  /** A day off: a statutory holiday, or a day bridged to it by the arrangement. */
  HOLIDAY: 'HOLIDAY',
  /** A weekend day made a working day (调休). */
  MAKEUP_WORKDAY: 'MAKEUP_WORKDAY',
} as const;
export type CalendarDayKind = (typeof CalendarDayKind)[keyof typeof CalendarDayKind];

/** A day that is not what its weekday says: a day off, or a weekend day worked. */
export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  /** The festival's name in Chinese, e.g. 春节. */
  name: string;
}

/** A year's arrangement as the State Council published it. */
export interface PublishedSchedule {
  year: number;
  days: CalendarDay[];
}

/** A year's calendar as the platform counts it. */
export interface YearCalendar {
  year: number;
  source: CalendarSource;
  /** Counted on the statutory days alone: deadlines in it may move when the arrangement is published. */
  provisional: boolean;
  /** The days that differ from their weekday, by date. */
  days: CalendarDay[];
  /** A digest of source and days: a year whose revision changed needs its deadlines counted again. */
  revision: string;
}

/** The first and last years the platform counts in. */
export const CALENDAR_YEARS = { from: 2004, to: 2100 } as const;

interface LibraryData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * The arrangements the `chinese-days` package has (an official-source data file, a new release
 * each year once the State Council publishes): by year.
 */
const library: Map<number, CalendarDay[]> = (() => {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as LibraryData;
  const byYear = new Map<number, CalendarDay[]>();
  const add = (entries: Record<string, string>, kind: CalendarDayKind) => {
    for (const [date, value] of Object.entries(entries)) {
      const year = Number(date.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), { date, kind, name: value.split(',')[1] ?? '' }]);
    }
  };
  add(data.holidays, CalendarDayKind.HOLIDAY);
  add(data.workdays, CalendarDayKind.MAKEUP_WORKDAY);
  for (const days of byYear.values()) days.sort((a, b) => a.date.localeCompare(b.date));
  return byYear;
})();

/** The years the `chinese-days` package has an arrangement for. */
export const libraryYears = (): number[] => [...library.keys()].sort((a, b) => a - b);

function yearCalendar(year: number, source: CalendarSource, days: CalendarDay[]): YearCalendar {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ ...d }));
  const revision = createHash('sha256')
    .update(JSON.stringify([source, sorted.map((d) => [d.date, d.kind])]))
    .digest('base64url')
    .slice(0, 16);
  return { year, source, provisional: source === CalendarSource.STATUTORY, days: sorted, revision };
}

/**
 * The working calendar (R-T1): which days are working days, year by year, from the best source
 * there is for each year: the arrangement an administrator published, else the library's, else
 * the statutory days off alone (provisional). Immutable: a new publication makes a new one.
 */
export class WorkCalendar {
  private readonly years = new Map<number, YearCalendar>();
  private readonly byDate = new Map<LocalDate, CalendarDay>();

  constructor(private readonly published: readonly PublishedSchedule[] = []) {}

  /** A year's calendar with its source. */
  year(year: number): YearCalendar {
    let found = this.years.get(year);
    if (!found) {
      found = this.build(year);
      this.years.set(year, found);
      for (const day of found.days) this.byDate.set(day.date, day);
    }
    return found;
  }

  /** A working day: a weekday that is not a day off, or a weekend day made a working day (调休). */
  isWorkingDay(date: LocalDate): boolean {
    const day = this.day(date);
    if (day) return day.kind === CalendarDayKind.MAKEUP_WORKDAY;
    return !isWeekend(date);
  }

  /** The holiday's name in Chinese (e.g. 春节), or null on a day that is not a day off. */
  holidayName(date: LocalDate): string | null {
    const day = this.day(date);
    return day?.kind === CalendarDayKind.HOLIDAY ? day.name : null;
  }

  isProvisional(year: number): boolean {
    return this.year(year).provisional;
  }

  private day(date: LocalDate): CalendarDay | undefined {
    this.year(Number(date.slice(0, 4)));
    return this.byDate.get(date);
  }

  private build(year: number): YearCalendar {
    if (!Number.isInteger(year) || year < CALENDAR_YEARS.from || year > CALENDAR_YEARS.to)
      throw new RangeError(`the calendar is kept for ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to}, not ${year}`);
    const published = this.published.find((s) => s.year === year);
    if (published) return yearCalendar(year, CalendarSource.PUBLISHED, published.days);
    const fromLibrary = library.get(year);
    if (fromLibrary) return yearCalendar(year, CalendarSource.LIBRARY, fromLibrary);
    if (year < STATUTORY_RULES_FROM) return yearCalendar(year, CalendarSource.STATUTORY, []);
    return yearCalendar(
      year,
      CalendarSource.STATUTORY,
      statutoryHolidays(year).map((d) => ({ date: d.date, kind: CalendarDayKind.HOLIDAY, name: d.name })),
    );
  }
}

/** The calendar with nothing published: the library's years, then the statutory days. */
export const LIBRARY_CALENDAR = new WorkCalendar();
