import { createI18n } from '@tjxf/i18n';
import { describe, expect, it } from 'vitest';
import { workbenchMessages } from '../../messages';
import { beijingDay, timeLeft, timeLeftMessage, timeLeftTone } from '../time-left';

// a time limit's dueAt is 24:00 Beijing time of its last day: 2026-12-09 23:59:59.999 +08:00
const DUE = '2026-12-09T15:59:59.999Z';
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('time left on a time limit, in Beijing days', () => {
  it('counts whole Beijing days to the due day', () => {
    expect(timeLeft(DUE, beijing('2026-12-06T09:00:00'))).toEqual({ state: 'open', days: 3 });
    expect(timeLeft(DUE, beijing('2026-12-08T23:59:00'))).toEqual({ state: 'open', days: 1 });
  });

  it('is due today on the last day, up to its last moment', () => {
    expect(timeLeft(DUE, beijing('2026-12-09T00:00:00'))).toEqual({ state: 'dueToday' });
    expect(timeLeft(DUE, beijing('2026-12-09T23:59:59.999'))).toEqual({ state: 'dueToday' });
  });

  it('is overdue from Beijing midnight on, by the days since the due day', () => {
    expect(timeLeft(DUE, beijing('2026-12-10T00:00:00'))).toEqual({ state: 'overdue', days: 1 });
    expect(timeLeft(DUE, beijing('2026-12-11T08:00:00'))).toEqual({ state: 'overdue', days: 2 });
  });

  it('turns at midnight in Beijing, not at midnight UTC or in the browser’s zone', () => {
    // 2026-12-07 23:30 in Beijing is still 15:30 UTC on the 7th; at 00:30 it is 16:30 UTC on the 7th
    expect(timeLeft(DUE, new Date('2026-12-07T15:30:00Z'))).toEqual({ state: 'open', days: 2 });
    expect(timeLeft(DUE, new Date('2026-12-07T16:30:00Z'))).toEqual({ state: 'open', days: 1 });
    expect(beijingDay(new Date('2026-12-07T16:00:00Z')) - beijingDay(new Date('2026-12-07T15:59:59.999Z'))).toBe(1);
  });

  it('says an overdue limit that passed earlier today is overdue today, not by 0 days', () => {
    const noon = '2026-12-09T04:00:00Z'; // a limit that ends at noon Beijing time
    expect(timeLeft(noon, beijing('2026-12-09T15:00:00'))).toEqual({ state: 'overdue', days: 0 });
    expect(timeLeftMessage({ state: 'overdue', days: 0 })).toEqual({ key: 'timeLeft.overdueToday' });
  });

  it('reads 剩3天, 今天到期 and 已超期2天 in Chinese, and in English', () => {
    const i18n = createI18n({ messages: workbenchMessages });
    const say = (now: Date) => {
      const { key, count } = timeLeftMessage(timeLeft(DUE, now));
      return i18n.t(key as never, { ns: 'workbench', count });
    };
    expect(say(beijing('2026-12-06T10:00:00'))).toBe('剩3天');
    expect(say(beijing('2026-12-09T10:00:00'))).toBe('今天到期');
    expect(say(beijing('2026-12-11T10:00:00'))).toBe('已超期2天');
    void i18n.changeLanguage('en');
    expect(say(beijing('2026-12-08T10:00:00'))).toBe('1 day left');
    expect(say(beijing('2026-12-11T10:00:00'))).toBe('Overdue by 2 days');
  });

  it('draws the eye to overdue and soon-due limits', () => {
    expect(timeLeftTone({ state: 'overdue', days: 2 })).toBe('overdue');
    expect(timeLeftTone({ state: 'dueToday' })).toBe('soon');
    expect(timeLeftTone({ state: 'open', days: 3 })).toBe('soon');
    expect(timeLeftTone({ state: 'open', days: 4 })).toBe('open');
  });
});
