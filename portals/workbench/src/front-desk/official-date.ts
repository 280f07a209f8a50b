/** Digits as an official document writes a year: 二〇二六. */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 to 31 in words: 十一, 二十, 三十一. */
function numberInWords(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

/** The Beijing date and time of an instant, as numbers. */
function beijingParts(instant: Date) {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** A Beijing date in words, as official documents date themselves: 二〇二六年十一月三十日. */
export function dateInWords(date: Date | string): string {
  const { year, month, day } =
    typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
      : beijingParts(new Date(date));
  return `${String(year)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('')}年${numberInWords(month)}月${numberInWords(day)}日`;
}

/** A Beijing date and time in words: 二〇二六年十一月三十日9时05分 (北京时间). */
export function dateTimeInWords(instant: Date | string): string {
  const { hour, minute } = beijingParts(new Date(instant));
  return `${dateInWords(new Date(instant))}${hour}时${String(minute).padStart(2, '0')}分`;
}
