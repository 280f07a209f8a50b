import { DAY, HOUR, chinaDate, isSpringFestival, isWorkingDay } from './calendar.js';
import type { Random } from './random.js';
import { GIVEN, MONTH_WEIGHT, SURNAMES } from './tianjin.js';

export interface Person {
  name: string;
  phone: string;
  idNumber: string;
}

/** Someone who files a petition: a name, a mobile number and an ID number of the district (with its check digit). */
export function newPerson(random: Random, district: string): Person {
  const name = random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.6) ? random.pick(GIVEN) : '');
  const phone = `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(1e9)).padStart(9, '0')}`;
  const birth = new Date(Date.UTC(1940 + random.int(65), random.int(12), 1 + random.int(28)));
  const body = `${district}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(random.int(1000)).padStart(3, '0')}`;
  return { name, phone, idNumber: body + idCheckDigit(body) };
}

/** Each day of the history with how many petitions it gets relatively: seasons, weekends, the Spring Festival. */
export function dayWeights(start: Date, end: Date): { start: Date; weight: number }[] {
  const days: { start: Date; weight: number }[] = [];
  const span = end.getTime() - start.getTime();
  for (let t = Date.parse(`${chinaDate(start)}T00:00:00+08:00`); t < end.getTime(); t += DAY) {
    const day = new Date(t);
    const date = chinaDate(new Date(t + 12 * HOUR));
    const progress = Math.max(0, (t - start.getTime()) / span);
    // a mild rise over the decade, then a levelling as online handling matures
    const trend = 0.85 + 0.35 * Math.sin(Math.PI * Math.min(1, progress * 1.2));
    const weight =
      MONTH_WEIGHT[Number(date.slice(5, 7)) - 1]! *
      trend *
      (isSpringFestival(date) ? 0.2 : isWorkingDay(date) ? 1 : 0.35);
    days.push({ start: day, weight });
  }
  return days;
}

export const hash = (text: string): number => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** The check character of a mainland ID number (GB 11643). */
function idCheckDigit(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
