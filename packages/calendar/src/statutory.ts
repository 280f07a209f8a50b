import { CalendarChinese } from 'date-chinese';
import { addDays, chinaDate, type LocalDate } from './dates.js';

/** The festivals of 《全国年节及纪念日放假办法》 on which everyone has a day off. */
export const FESTIVALS = {
  NEW_YEAR: '元旦',
  SPRING_FESTIVAL: '春节',
  QINGMING: '清明节',
  LABOUR_DAY: '劳动节',
  DRAGON_BOAT: '端午节',
  MID_AUTUMN: '中秋节',
  NATIONAL_DAY: '国庆节',
} as const;
export type Festival = keyof typeof FESTIVALS;

/** One statutory day off; two festivals may fall on one day (中秋节 and 国庆节 in 2028). */
export interface StatutoryDay {
  date: LocalDate;
  festivals: Festival[];
  /** In Chinese, e.g. 春节, or 中秋节、国庆节. */
  name: string;
}

/** The first year counted under the 2024 revision (in force from 1 January 2025). */
export const STATUTORY_RULES_FROM = 2025;

const pad = (n: number) => String(n).padStart(2, '0');
const gregorian = ({ year, month, day }: { year: number; month: number; day: number }): LocalDate =>
  `${year}-${pad(month)}-${pad(day)}`;

/**
 * The statutory days off of a year, as fixed by law (the 2024 revision): 元旦 1 day; 春节 4
 * days, 除夕 and 初一 to 初三; 清明节 1; 劳动节 2; 端午节 1; 中秋节 1; 国庆节 3. The lunar dates
 * and the solar term come from the astronomical Chinese calendar of `date-chinese` (China's
 * meridian). It cannot know the State Council's yearly arrangement (bridged days off and
 * make-up working days, 调休): a calendar built on these days alone is provisional. Festivals
 * that fall on one day give one day off, not two. Computed once per year (the astronomy is slow).
 */
export function statutoryHolidays(year: number): StatutoryDay[] {
  let days = computed.get(year);
  if (!days) computed.set(year, (days = compute(year)));
  return days.map((day) => ({ ...day, festivals: [...day.festivals] }));
}

const computed = new Map<number, StatutoryDay[]>();

function compute(year: number): StatutoryDay[] {
  if (!Number.isInteger(year) || year < STATUTORY_RULES_FROM || year > 2100)
    throw new RangeError(`statutory holidays are counted for ${STATUTORY_RULES_FROM}–2100, not ${year}`);
  const calendar = new CalendarChinese();
  const newYear = chinaDate(calendar.fromJDE(calendar.newYear(year)).toDate());
  const [cycle, lunarYear] = calendar.get() as [number, number];
  const lunar = (month: number, day: number) =>
    gregorian(new CalendarChinese(cycle, lunarYear, month, 0, day).toGregorian(year));
  const qingming = chinaDate(calendar.fromJDE(calendar.qingming(year)).toDate());
  const days: [LocalDate, Festival][] = [
    [`${year}-01-01`, 'NEW_YEAR'],
    [addDays(newYear, -1), 'SPRING_FESTIVAL'],
    [newYear, 'SPRING_FESTIVAL'],
    [addDays(newYear, 1), 'SPRING_FESTIVAL'],
    [addDays(newYear, 2), 'SPRING_FESTIVAL'],
    [qingming, 'QINGMING'],
    [`${year}-05-01`, 'LABOUR_DAY'],
    [`${year}-05-02`, 'LABOUR_DAY'],
    [lunar(5, 5), 'DRAGON_BOAT'],
    [lunar(8, 15), 'MID_AUTUMN'],
    [`${year}-10-01`, 'NATIONAL_DAY'],
    [`${year}-10-02`, 'NATIONAL_DAY'],
    [`${year}-10-03`, 'NATIONAL_DAY'],
  ];
  const byDate = new Map<LocalDate, Festival[]>();
  for (const [date, festival] of days) byDate.set(date, [...(byDate.get(date) ?? []), festival]);
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, festivals]) => ({ date, festivals, name: festivals.map((f) => FESTIVALS[f]).join('、') }));
}
