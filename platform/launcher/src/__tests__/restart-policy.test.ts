import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../restart-policy.js';

describe('when a crashed part is started again (issue 16)', () => {
  it('waits 0.5 s, then twice as long after each further crash, at most 8 s', () => {
    const policy = new RestartPolicy({ maxRestarts: 10 });
    const delays = Array.from({ length: 7 }, (_, i) => policy.crashed(i * 1000));
    expect(delays.map((d) => (d.restart ? d.delayMs : null))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('gives up at the sixth crash within two minutes', () => {
    const policy = new RestartPolicy();
    const decisions = Array.from({ length: 6 }, (_, i) => policy.crashed(i * 20_000));
    expect(decisions.map((d) => d.restart)).toEqual([true, true, true, true, true, false]);
    expect(decisions[5]).toEqual({ restart: false, crashes: 6, windowMs: 120_000 });
  });

  it('forgets crashes older than two minutes: a part that ran a while starts fast again', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < 5; i++) policy.crashed(i * 1000);
    expect(policy.crashed(4000 + 120_000)).toEqual({ restart: true, crashes: 1, delayMs: 500 });
  });
});
