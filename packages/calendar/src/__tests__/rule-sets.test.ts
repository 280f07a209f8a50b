import { describe, expect, it } from 'vitest';
import {
  DayBasis,
  LIBRARY_CALENDAR,
  RULE_SETS,
  chinaDate,
  deadlineOf as deadlineOn,
  ruleSetOf,
  type Period,
} from '../index.js';

const deadlineOf = (period: Period) => deadlineOn(period, LIBRARY_CALENDAR);

describe('rule sets (R-T1, R-T2)', () => {
  it('fix the national limits of the 2022 regulations', () => {
    const national = ruleSetOf('national-2022')!;
    expect(national.limits.DISPOSAL).toEqual({ days: 15, basis: DayBasis.CALENDAR_DAYS });
    expect(national.limits.ACCEPTANCE.days).toBe(15);
    expect(national.limits.OBJECTION).toEqual({ days: 5, basis: DayBasis.WORKING_DAYS });
    expect(national.limits.HANDLING.days + national.maxExtensionDays.HANDLING!).toBe(90);
    expect(national.limits.REVIEW.days + national.maxExtensionDays.REVIEW!).toBe(60);
    expect(national.limits.RE_REVIEW.days + national.maxExtensionDays.RE_REVIEW!).toBe(60);
  });

  it('fix Tianjin’s 3 · 15 · 30: accept within 3 days, reply within 15, 30 for a complex case', () => {
    const tianjin = ruleSetOf('tianjin-31530')!;
    expect(tianjin.limits.ACCEPTANCE.days).toBe(3);
    expect(tianjin.limits.HANDLING.days).toBe(15);
    expect(tianjin.limits.HANDLING.days + tianjin.maxExtensionDays.HANDLING!).toBe(30);
  });

  it('give different deadlines for the same petition under each rule set, across National Day 2026', () => {
    // accepted on 2026-09-28: Tianjin's 15 days end on 10-13; the national 60 on 11-27
    const accepted = new Date('2026-09-28T02:00:00Z');
    const due = (code: string) => chinaDate(deadlineOf({ start: accepted, ...ruleSetOf(code)!.limits.HANDLING }).dueAt);
    expect(due('tianjin-31530')).toBe('2026-10-13');
    expect(due('national-2022')).toBe('2026-11-27');
    // acceptance: 3 days from 09-28 end on 10-01, inside the holiday: carried to 10-08
    expect(chinaDate(deadlineOf({ start: accepted, ...ruleSetOf('tianjin-31530')!.limits.ACCEPTANCE }).dueAt)).toBe(
      '2026-10-08',
    );
  });

  it('are unique by code and version, and an unknown code is undefined', () => {
    const keys = RULE_SETS.map((r) => `${r.code}@${r.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ruleSetOf('national-2022', 99)).toBeUndefined();
    expect(ruleSetOf('nowhere')).toBeUndefined();
  });
});
