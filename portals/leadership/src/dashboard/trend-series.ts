import type { TrendPoint } from './stats-queries';

/** One line of the trend chart: a category, area or channel (or the total), count per period. */
export interface TrendSeries {
  key: string;
  label: string;
  counts: number[];
}

/** Past this many lines a chart stops being readable: the smallest are summed as “other”. */
export const MAX_SERIES = 6;
export const OTHER_KEY = '__other';

/**
 * The trend's points as lines over the periods (ascending), the largest first, the rest summed
 * into one line labelled `otherLabel`. Periods without a point count 0.
 */
export function trendSeries(
  points: readonly TrendPoint[],
  labelOf: (point: TrendPoint) => string,
  otherLabel: string,
): { periods: string[]; series: TrendSeries[] } {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const index = new Map(periods.map((period, i) => [period, i]));
  const byKey = new Map<string, TrendSeries>();
  for (const point of points) {
    const key = point.key ?? '';
    let line = byKey.get(key);
    if (!line) {
      line = { key, label: labelOf(point), counts: periods.map(() => 0) };
      byKey.set(key, line);
    }
    line.counts[index.get(point.period)!]! += point.count;
  }
  const total = (line: TrendSeries) => line.counts.reduce((a, b) => a + b, 0);
  const sorted = [...byKey.values()].sort((a, b) => total(b) - total(a));
  if (sorted.length <= MAX_SERIES) return { periods, series: sorted };
  const kept = sorted.slice(0, MAX_SERIES - 1);
  const other: TrendSeries = { key: OTHER_KEY, label: otherLabel, counts: periods.map(() => 0) };
  for (const line of sorted.slice(MAX_SERIES - 1)) line.counts.forEach((c, i) => (other.counts[i]! += c));
  return { periods, series: [...kept, other] };
}
