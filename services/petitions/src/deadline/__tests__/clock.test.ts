import { LIBRARY_CALENDAR, DEFAULT_RULE_SET, chinaDate, ruleSetOf } from '@tjxf/calendar';
import { DomainError } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import {
  answerDue,
  completionReportDue,
  explain,
  extended,
  followUpDue,
  openClock,
  recomputedDueAt,
  recordedRules,
  reminderDue,
  resumed,
  rulesOf,
  rulesOfRecord,
} from '../clock.js';

// The clock without a database (R-T1, R-T1a, R-T2; issue 9).
const TIANJIN = ruleSetOf('tianjin-31530')!;
const NATIONAL = ruleSetOf('national-2022')!;
const ACCEPTED = new Date('2026-09-28T02:00:00Z'); // a Monday, before National Day 2026
const day = (d: Date) => chinaDate(d);

const handlingUnder = (code: string) => ({
  kind: 'HANDLING' as const,
  ...openClock(LIBRARY_CALENDAR, ruleSetOf(code)!, 'HANDLING', ACCEPTED),
  extensionDays: 0,
  pausedDays: 0,
  pausedAt: null,
  startEvent: 'ACCEPTED',
});

describe('the rule set of a clock', () => {
  it('is the unit’s own, or the default for a unit naming none the platform knows', () => {
    expect(rulesOf({ ruleSetCode: 'tianjin-31530' })).toBe(TIANJIN);
    expect(rulesOf({ ruleSetCode: 'nowhere' }).code).toBe(DEFAULT_RULE_SET);
    expect(rulesOf(undefined).code).toBe(DEFAULT_RULE_SET);
  });

  it('is the one a row recorded, at its version; a row from before rows recorded it gets the default', () => {
    expect(recordedRules({ ruleSetCode: 'tianjin-31530', ruleSetVersion: 1 })).toBe(TIANJIN);
    expect(() => recordedRules({ ruleSetCode: 'tianjin-31530', ruleSetVersion: 99 })).toThrow();
    expect(rulesOfRecord({ ruleSetCode: null, ruleSetVersion: null }).code).toBe(DEFAULT_RULE_SET);
    expect(rulesOfRecord({ ruleSetCode: 'tianjin-31530', ruleSetVersion: 1 })).toBe(TIANJIN);
  });
});

describe('opening a clock', () => {
  it('records the rule set, version, basis and days it was computed from (R-T2)', () => {
    expect(openClock(LIBRARY_CALENDAR, TIANJIN, 'ACCEPTANCE', ACCEPTED)).toMatchObject({
      ruleSetCode: 'tianjin-31530',
      ruleSetVersion: 1,
      basis: 'CALENDAR_DAYS',
      days: 3,
      startAt: ACCEPTED,
    });
  });

  it('counts as the Civil Code does: 3 days from 09-28 end in the holiday, so on the next working day (R-T1a)', () => {
    expect(day(openClock(LIBRARY_CALENDAR, TIANJIN, 'ACCEPTANCE', ACCEPTED).dueAt)).toBe('2026-10-08');
    expect(day(openClock(LIBRARY_CALENDAR, NATIONAL, 'ACCEPTANCE', ACCEPTED).dueAt)).toBe('2026-10-13');
    // at 24:00 Beijing time of the last day
    expect(openClock(LIBRARY_CALENDAR, TIANJIN, 'ACCEPTANCE', ACCEPTED).dueAt.toISOString()).toBe(
      '2026-10-08T15:59:59.999Z',
    );
  });

  it('dates tasks and answers under the unit’s rule set', () => {
    expect(day(completionReportDue(LIBRARY_CALENDAR, TIANJIN, ACCEPTED))).toBe('2026-10-16'); // 3 + 15 days
    expect(day(completionReportDue(LIBRARY_CALENDAR, NATIONAL, ACCEPTED))).toBe('2026-12-14'); // 15 + 60: Saturday 12-12, carried
    expect(day(followUpDue(LIBRARY_CALENDAR, TIANJIN, ACCEPTED))).toBe('2026-10-13');
    expect(answerDue(LIBRARY_CALENDAR, TIANJIN, ACCEPTED)).toMatchObject({
      ruleSetCode: 'tianjin-31530',
      ruleSetVersion: 1,
    });
    expect(day(answerDue(LIBRARY_CALENDAR, TIANJIN, ACCEPTED).dueAt)).toBe('2026-10-28');
  });
});

describe('extending a clock (R-P8)', () => {
  it('adds at most the extension of the rule it was opened under: 15 days in Tianjin, 30 nationally', () => {
    const tianjin = extended(LIBRARY_CALENDAR, handlingUnder('tianjin-31530'), 15);
    expect(tianjin.extensionDays).toBe(15);
    expect(day(tianjin.dueAt)).toBe('2026-10-28');
    expect(extended(LIBRARY_CALENDAR, handlingUnder('national-2022'), 30).extensionDays).toBe(30);
  });

  it('refuses more, or less than a day, with a stable reason at the field', () => {
    for (const days of [16, 0, 1.5]) {
      const refusal = (() => {
        try {
          extended(LIBRARY_CALENDAR, handlingUnder('tianjin-31530'), days);
        } catch (error) {
          return error as DomainError;
        }
        return null;
      })();
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal!.details).toMatchObject({
        field: 'days',
        reason: 'EXTENSION_DAYS_OUT_OF_RANGE',
        reasonParams: { max: 15 },
      });
      expect(refusal!.message).toBe('延期天数须为1至15天。An extension is 1 to 15 days.');
    }
  });
});

describe('pausing a clock (R-T1: a hearing stops it)', () => {
  it('adds the days it stood still, at least one, to the end', () => {
    const paused = { ...handlingUnder('national-2022'), pausedAt: new Date('2026-10-20T01:00:00Z') };
    const sameDay = resumed(LIBRARY_CALENDAR, paused, new Date('2026-10-20T09:00:00Z'));
    expect(sameDay.paused).toBe(1);
    const twelve = resumed(LIBRARY_CALENDAR, paused, new Date('2026-11-01T01:00:00Z'));
    expect(twelve).toMatchObject({ paused: 12, pausedDays: 12 });
    expect(twelve.dueAt).toEqual(recomputedDueAt(LIBRARY_CALENDAR, { ...paused, pausedDays: 12 }));
    expect(twelve.dueAt.getTime()).toBeGreaterThan(paused.dueAt.getTime());
  });
});

describe('reminding and explaining', () => {
  it('reminds within the rule set’s reminder days before the end, not before and not after', () => {
    const clock = openClock(LIBRARY_CALENDAR, TIANJIN, 'HANDLING', ACCEPTED);
    const before = (days: number) => new Date(clock.dueAt.getTime() - days * 86_400_000);
    expect(reminderDue(clock, before(TIANJIN.reminderDaysBefore + 0.5))).toBe(false);
    expect(reminderDue(clock, before(TIANJIN.reminderDaysBefore - 0.5))).toBe(true);
    expect(reminderDue(clock, before(-0.5))).toBe(false);
  });

  it('says which rule, version, start and additions gave the end (R-T2)', () => {
    const clock = {
      ...handlingUnder('tianjin-31530'),
      ...extended(LIBRARY_CALENDAR, handlingUnder('tianjin-31530'), 15),
    };
    expect(explain(clock)).toBe(
      '天津市信访事项“3·15·30”办理时限（tianjin-31530 第1版）：自ACCEPTED（2026-09-28）起15日，延长15日，至2026-10-28 24时。',
    );
  });

  it('marks a count that runs into a year without a published arrangement provisional, and says why (issue 17)', () => {
    const december = new Date('2026-12-20T02:00:00Z');
    const clock = openClock(LIBRARY_CALENDAR, ruleSetOf('national-2022')!, 'HANDLING', december);
    expect(clock.provisional).toBe(true);
    expect(day(clock.dueAt)).toBe('2027-02-18'); // 60 days: 2-18, after the Spring Festival days of 2027
    expect(explain({ ...clock, kind: 'HANDLING', startEvent: 'ACCEPTED', extensionDays: 0, pausedDays: 0 })).toContain(
      '节假日安排尚未公布，暂按法定节假日计算',
    );
    expect(openClock(LIBRARY_CALENDAR, TIANJIN, 'HANDLING', ACCEPTED).provisional).toBe(false);
  });
});
