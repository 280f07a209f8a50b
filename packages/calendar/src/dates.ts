/** The time zone in which the regulations' days begin and end. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600 * 1000; // China has kept UTC+8 all year since 1991

/** A calendar date in China, `YYYY-MM-DD`. */
export type LocalDate = string;

/** The date in China of an instant. */
export function chinaDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The first moment (00:00) of a date in China, as an instant. */
export function startOfChinaDay(date: LocalDate): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS);
}

/** The last moment (24:00, i.e. 23:59:59.999) of a date in China, as an instant. */
export function endOfChinaDay(date: LocalDate): Date {
  return new Date(Date.parse(`${date}T23:59:59.999Z`) - OFFSET_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export const isWeekend = (date: LocalDate): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** A date in China in words, as official texts write it: 2027年1月7日. */
export function chinaDateInWords(date: LocalDate | Date): string {
  const [year, month, day] = (date instanceof Date ? chinaDate(date) : date).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** An instant in words, in China's time, as official texts write it: 2027年1月7日 09时05分. */
export function chinaDateTimeInWords(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${chinaDateInWords(instant)} ${hh}时${mm}分`;
}
