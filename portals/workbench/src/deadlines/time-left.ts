/** How a time limit stands on a given moment, counted in Beijing calendar days. */
export type TimeLeft = { state: 'open'; days: number } | { state: 'dueToday' } | { state: 'overdue'; days: number };

const DAY_MS = 86_400_000;
// Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving), so a fixed offset
// gives the Beijing calendar day exactly, wherever the browser is.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 in Beijing. */
export const beijingDay = (at: Date): number => Math.floor((at.getTime() + BEIJING_OFFSET_MS) / DAY_MS);

/**
 * The calendar days from today to the due day, both in Beijing: a deadline due at 24:00 of
 * tomorrow has 1 day left, one due at 24:00 today is due today, and once `dueAt` has passed
 * it is overdue by the days since its due day (0 when it passed earlier today).
 */
export function timeLeft(dueAt: string | Date, now: Date): TimeLeft {
  const due = new Date(dueAt);
  const days = beijingDay(due) - beijingDay(now);
  if (now.getTime() > due.getTime()) return { state: 'overdue', days: beijingDay(now) - beijingDay(due) };
  return days === 0 ? { state: 'dueToday' } : { state: 'open', days };
}

/** Few enough days left that the row should draw the eye. */
export const DUE_SOON_DAYS = 3;

/** The message key (namespace `workbench`) and count of a time left, e.g. 剩3天 / 已超期2天. */
export function timeLeftMessage(left: TimeLeft): { key: `timeLeft.${string}`; count?: number } {
  switch (left.state) {
    case 'open':
      return { key: 'timeLeft.left', count: left.days };
    case 'dueToday':
      return { key: 'timeLeft.dueToday' };
    case 'overdue':
      return left.days === 0 ? { key: 'timeLeft.overdueToday' } : { key: 'timeLeft.overdue', count: left.days };
  }
}

/** How the time left looks: overdue in red, due soon (or today) stands out. */
export function timeLeftTone(left: TimeLeft): 'overdue' | 'soon' | 'open' {
  if (left.state === 'overdue') return 'overdue';
  return left.state === 'dueToday' || left.days <= DUE_SOON_DAYS ? 'soon' : 'open';
}
