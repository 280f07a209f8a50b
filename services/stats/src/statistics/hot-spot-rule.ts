/**
 * The hot-spot rule (R-HOT, docs/kpis.md "Hot spots"): a category in an area is rising when its
 * count of the last 7 days lies above the Poisson upper control limit of its own baseline, the
 * weekly mean of the 8 weeks before, and reaches a minimum count. A Poisson limit suits small
 * counts (a street sees a few petitions of a kind a week), where a normal approximation or a
 * percentage rise would sound an alarm at every 1 → 3.
 */
export const HOT_SPOT_RULE = {
  /** Days of the current window. */
  windowDays: 7,
  /** Weeks of the baseline before the window. */
  baselineWeeks: 8,
  /** One-sided false-alarm probability per category and area and week: 1 in 10,000. */
  alpha: 1e-4,
  /** The least weekly mean the limit is computed from: a category never seen is not alarming at 2. */
  minBaseline: 0.5,
  /** Fewer petitions than this in a window are never a hot spot. */
  minCount: 5,
} as const;

export type HotSpotRule = typeof HOT_SPOT_RULE;

/**
 * The Poisson upper control limit: the least k with P(X ≤ k) ≥ 1 − alpha for X ~ Poisson(mean);
 * a count above it happens by chance with probability below alpha.
 */
export function poissonUpperLimit(mean: number, alpha: number = HOT_SPOT_RULE.alpha): number {
  let term = Math.exp(-mean);
  let cumulative = term;
  let k = 0;
  while (cumulative < 1 - alpha && k < 100_000) {
    k += 1;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}

/** A category in an area: its count in the window and in the baseline weeks before. */
export interface HotSpotCell {
  regionCode: string;
  categoryCode: string;
  current: number;
  /** The count of the whole baseline (all its weeks). */
  baselineTotal: number;
}

export interface RisingCell extends HotSpotCell {
  /** The expected count of a window: the baseline's weekly mean. */
  baseline: number;
  limit: number;
}

/** The cells whose window count crossed their control limit, the most surprising first. */
export function risingCells(cells: readonly HotSpotCell[], rule: HotSpotRule = HOT_SPOT_RULE): RisingCell[] {
  return cells
    .map((cell) => {
      const baseline = cell.baselineTotal / rule.baselineWeeks;
      return { ...cell, baseline, limit: poissonUpperLimit(Math.max(baseline, rule.minBaseline), rule.alpha) };
    })
    .filter((cell) => cell.current >= rule.minCount && cell.current > cell.limit)
    .sort(
      (a, b) => b.current / Math.max(b.baseline, rule.minBaseline) - a.current / Math.max(a.baseline, rule.minBaseline),
    );
}
