import { describe, expect, it } from 'vitest';
import { changeOf, formatRate } from '../figures';

describe('a KPI tile’s trend against the previous period', () => {
  it('tells the change in percentage points, a rise good news except for repeat petitions', () => {
    expect(changeOf('ON_TIME_COMPLETION_RATE', 0.9, 0.85)).toEqual({ direction: 'up', points: 5, good: true });
    expect(changeOf('ON_TIME_COMPLETION_RATE', 0.8, 0.85)).toEqual({ direction: 'down', points: 5, good: false });
    expect(changeOf('REPEAT_PETITION_RATE', 0.12, 0.1)).toEqual({ direction: 'up', points: 2, good: false });
    expect(changeOf('SATISFACTION_RATE', 0.5, 0.5)).toEqual({ direction: 'same', points: 0, good: null });
  });

  it('has no trend without both rates, and shows a dash for a rate with nothing to count', () => {
    expect(changeOf('SATISFACTION_RATE', null, 0.5)).toBeNull();
    expect(changeOf('SATISFACTION_RATE', 0.5, null)).toBeNull();
    expect(formatRate(null, 'zh-CN')).toBe('—');
    expect(formatRate(0.8567, 'zh-CN')).toBe('85.7%');
  });
});
