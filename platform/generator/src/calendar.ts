import { LIBRARY_CALENDAR, ruleSetOf, type RuleSet } from '@tjxf/calendar';

/** Milliseconds in an hour and in a day, for the history's instants. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export { LIBRARY_CALENDAR, chinaDate, unitRuleSet, type LimitKind, type RuleSet } from '@tjxf/calendar';

/** The rule set (at its version) a clock was opened under. */
export function recordedRulesOf(ref: { ruleSetCode: string; ruleSetVersion: number }): RuleSet {
  const rules = ruleSetOf(ref.ruleSetCode, ref.ruleSetVersion);
  if (!rules) throw new Error(`rule set ${ref.ruleSetCode} v${ref.ruleSetVersion} is not known`);
  return rules;
}

/** Whether `date` (China) is a working day of the library's calendar, and whether it is in the Spring Festival. */
export const isWorkingDay = (date: string): boolean => LIBRARY_CALENDAR.isWorkingDay(date);
export const isSpringFestival = (date: string): boolean => LIBRARY_CALENDAR.holidayName(date) === '春节';
