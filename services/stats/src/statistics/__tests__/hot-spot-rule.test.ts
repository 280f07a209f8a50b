import { describe, expect, it } from 'vitest';
import { HOT_SPOT_RULE, controlLimit, risingCells, type HotSpotCell } from '../hot-spot-rule.js';

// R-HOT, docs/kpis.md "Hot spots": the rule on synthetic spikes and on quiet data.

/** A seeded generator (mulberry32), so that a failure is reproduced exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw (Knuth), for quiet weeks. */
function poisson(mean: number, next: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = next(); p > limit; p *= next()) k += 1;
  return k;
}

/** Cells of one area and category: 8 quiet baseline weeks and a window of the same mean. */
function quietCells(seed: number, count: number): HotSpotCell[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const mean = [0.2, 1, 3, 8, 20, 60][i % 6]!;
    const weeks = Array.from({ length: HOT_SPOT_RULE.baselineWeeks }, () => poisson(mean, next));
    return {
      regionCode: `120103${String(i).padStart(3, '0')}`,
      categoryCode: String((i % 9) + 1).padStart(2, '0'),
      current: poisson(mean, next),
      baselineTotal: weeks.reduce((a, b) => a + b, 0),
    };
  });
}

describe('the hot-spot rule (exact conditional test of a category in an area against its 8 weeks)', () => {
  it('computes the control limit: P(window > limit) < alpha when nothing changed', () => {
    // nothing before: 6 petitions in the window are improbable ((1/9)^6 < 1e-5), 5 are not
    expect(controlLimit(6, 1 / 9)).toBe(5);
    expect(controlLimit(5, 1 / 9)).toBe(5);
    // thousands of petitions: no underflow, a limit above the mean of 1/9 of them
    const big = controlLimit(9000, 1 / 9);
    expect(big).toBeGreaterThan(1000);
    expect(big).toBeLessThan(1150);
  });

  it('raises no alarm on quiet data (3 × 2,000 cells of steady Poisson weeks)', () => {
    for (const seed of [20261201, 7, 42]) {
      const alarms = risingCells(quietCells(seed, 2000));
      expect(alarms, `seed ${seed}: ${JSON.stringify(alarms)}`).toEqual([]);
    }
  });

  it('finds a spike of a few petitions where there were none or one a week', () => {
    const cells: HotSpotCell[] = [
      { regionCode: '120103001', categoryCode: '01', current: 8, baselineTotal: 2 },
      { regionCode: '120103002', categoryCode: '01', current: 5, baselineTotal: 0 },
      { regionCode: '120103003', categoryCode: '02', current: 10, baselineTotal: 8 },
    ];
    const rising = risingCells(cells);
    expect(rising.map((c) => c.regionCode).sort()).toEqual(['120103001', '120103003']);
    expect(rising.find((c) => c.regionCode === '120103001')).toMatchObject({ baseline: 0.25 });
  });

  it('finds a doubling of a large steady count, and not a mere 30% rise', () => {
    const weeks = 40 * HOT_SPOT_RULE.baselineWeeks;
    expect(risingCells([{ regionCode: '120101', categoryCode: '03', current: 80, baselineTotal: weeks }])).toHaveLength(
      1,
    );
    expect(risingCells([{ regionCode: '120101', categoryCode: '03', current: 52, baselineTotal: weeks }])).toEqual([]);
  });

  it('finds synthetic spikes planted in quiet data, and only those', () => {
    const cells = quietCells(7, 500);
    const planted = [3, 100, 257];
    for (const i of planted) cells[i] = { ...cells[i]!, current: Math.round(cells[i]!.baselineTotal / 8) * 3 + 10 };
    expect(
      risingCells(cells)
        .map((c) => c.regionCode)
        .sort(),
    ).toEqual(planted.map((i) => cells[i]!.regionCode).sort());
  });
});
