import { describe, expect, it } from 'vitest';
import { calendarPieces, presetPeriod, previousPeriod, resolvePeriod } from '../period.js';

describe('periods of Beijing dates', () => {
  it('cuts a period into whole months and the days at either end', () => {
    expect(calendarPieces({ from: '2026-01-15', to: '2026-04-10' })).toEqual({
      months: { from: '2026-02-01', to: '2026-03-01' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-10' },
      ],
    });
    expect(calendarPieces({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      months: { from: '2026-01-01', to: '2026-12-01' },
      days: [],
    });
    expect(calendarPieces({ from: '2026-02-03', to: '2026-02-20' })).toEqual({
      months: null,
      days: [{ from: '2026-02-03', to: '2026-02-20' }],
    });
  });

  it('gives the period of the same length just before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('gives the presets up to today, the week from Monday', () => {
    expect(presetPeriod('WEEK', '2026-12-03')).toEqual({ from: '2026-11-30', to: '2026-12-03' });
    expect(presetPeriod('QUARTER', '2026-12-03')).toEqual({ from: '2026-10-01', to: '2026-12-03' });
    expect(resolvePeriod({}, '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-03' });
  });

  it('refuses half a period and an impossible date', () => {
    expect(() => resolvePeriod({ from: '2026-01-01' }, '2026-12-03')).toThrow();
    expect(() => resolvePeriod({ from: '2026-02-30', to: '2026-03-01' }, '2026-12-03')).toThrow();
  });
});
