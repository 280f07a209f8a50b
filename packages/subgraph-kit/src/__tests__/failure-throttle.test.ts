import { describe, expect, it } from 'vitest';
import { pauseSeconds } from '../failure-throttle.js';

describe('pauses of a throttled key', () => {
  const growing = {
    name: 'pair',
    tries: 5,
    windowSeconds: 900,
    blockSeconds: 60,
    backoff: { maxBlockSeconds: 3600, memorySeconds: 86_400 },
  };

  it('double with each further pause, up to the longest', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pauseSeconds(growing, n))).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it('stay the same without a backoff', () => {
    const { backoff: _, ...fixed } = growing;
    expect([1, 2, 9].map((n) => pauseSeconds(fixed, n))).toEqual([60, 60, 60]);
  });
});
