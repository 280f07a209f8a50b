import { describe, expect, it } from 'vitest';
import { beijingToday, defaultInterval, isValidRange, presetRange } from '../period';

describe('the dashboard’s periods (本周/本月/本季度/本年, up to today in Beijing)', () => {
  it('takes today in Beijing, not in the reader’s time zone', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Beijing
    expect(beijingToday(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  });

  it('starts a week on Monday, a quarter on its first month, and ends each today', () => {
    const today = '2026-11-26'; // a Thursday
    expect(presetRange('WEEK', today)).toEqual({ from: '2026-11-23', to: today });
    expect(presetRange('WEEK', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Sunday
    expect(presetRange('MONTH', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetRange('QUARTER', today)).toEqual({ from: '2026-10-01', to: today });
    expect(presetRange('YEAR', today)).toEqual({ from: '2026-01-01', to: today });
  });

  it('refuses an end before the start, and picks an interval with a readable number of points', () => {
    expect(isValidRange('2026-11-02', '2026-11-01')).toBe(false);
    expect(isValidRange('2026-11-01', '2026-11-01')).toBe(true);
    expect(defaultInterval('2026-11-01', '2026-11-30')).toBe('DAY');
    expect(defaultInterval('2026-10-01', '2026-12-31')).toBe('WEEK');
    expect(defaultInterval('2026-01-01', '2026-12-31')).toBe('MONTH');
    expect(defaultInterval('2016-01-01', '2026-12-31')).toBe('YEAR');
  });
});
