/**
 * The hot-spot rule (R-HOT, docs/kpis.md "Hot spots"): a category in an area is rising when its
 * count of the last 7 days is improbably high against its own 8 weeks before. Under "nothing
 * changed" the window and each baseline week are alike Poisson counts, so of all N petitions of
 * the 9 weeks the window's share is Binomial(N, 1/9): the exact conditional test of two Poisson
 * rates. It suits small counts (a street sees a few petitions of a kind a week), where a normal
 * approximation or a percentage rise would sound an alarm at every 1 → 3, and it accounts for the
 * baseline being an estimate itself (a limit from the baseline's mean alone would not).
 */
export const HOT_SPOT_RULE = {
  /** Days of the current window. */
  windowDays: 7,
  /** Weeks of the baseline before the window. */
  baselineWeeks: 8,
  /**
   * One-sided false-alarm probability per category and area and check: 1 in 100,000, so that a
   * city view of 16 districts × 20 categories raises a false alarm about once in 300 checks.
   */
  alpha: 1e-5,
  /** Fewer petitions than this in a window are never a hot spot. */
  minCount: 5,
} as const;

export type HotSpotRule = typeof HOT_SPOT_RULE;

/**
 * The control limit: the least k with P(X > k) < alpha for X ~ Binomial(total, share), the count
 * of the window out of `total` when the window is no different from a baseline week.
 */
export function controlLimit(total: number, share: number, alpha: number = HOT_SPOT_RULE.alpha): number {
  // the probabilities in logs, so that (1 − share)^total does not vanish at thousands of petitions
  const logOdds = Math.log(share / (1 - share));
  let logPmf = total * Math.log(1 - share);
  let cumulative = Math.exp(logPmf);
  let k = 0;
  while (1 - cumulative >= alpha && k < total) {
    logPmf += Math.log((total - k) / (k + 1)) + logOdds;
    k += 1;
    cumulative += Math.exp(logPmf);
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
  /** The count above which the window is improbable (given this window's and the baseline's total). */
  limit: number;
}

/** The cells whose window count crossed their control limit, the most surprising first. */
export function risingCells(cells: readonly HotSpotCell[], rule: HotSpotRule = HOT_SPOT_RULE): RisingCell[] {
  const share = 1 / (rule.baselineWeeks + 1);
  return cells
    .map((cell) => ({
      ...cell,
      baseline: cell.baselineTotal / rule.baselineWeeks,
      limit: controlLimit(cell.current + cell.baselineTotal, share, rule.alpha),
    }))
    .filter((cell) => cell.current >= rule.minCount && cell.current > cell.limit)
    .sort((a, b) => b.current - b.limit - (a.current - a.limit));
}
