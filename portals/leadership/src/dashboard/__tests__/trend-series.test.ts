import { describe, expect, it } from 'vitest';
import { MAX_SERIES, OTHER_KEY, trendSeries } from '../trend-series';
import type { TrendPoint } from '../stats-queries';

const point = (period: string, key: string, count: number): TrendPoint => ({
  period,
  key,
  label: `L${key}`,
  labelEn: null,
  count,
});

describe('the trend chart’s lines', () => {
  it('puts each key’s counts on the sorted periods, with 0 where a period has no point, largest line first', () => {
    const { periods, series } = trendSeries(
      [point('2026-02-01', 'a', 2), point('2026-01-01', 'b', 5), point('2026-02-01', 'b', 1)],
      (p) => p.label!,
      'other',
    );
    expect(periods).toEqual(['2026-01-01', '2026-02-01']);
    expect(series).toEqual([
      { key: 'b', label: 'Lb', counts: [5, 1] },
      { key: 'a', label: 'La', counts: [0, 2] },
    ]);
  });

  it(`keeps at most ${MAX_SERIES} lines, summing the smallest as “other”`, () => {
    const points = Array.from({ length: 9 }, (_, i) => point('2026-01-01', `k${i}`, 10 - i));
    const { series } = trendSeries(points, (p) => p.label!, '其他');
    expect(series).toHaveLength(MAX_SERIES);
    expect(series.at(-1)).toEqual({ key: OTHER_KEY, label: '其他', counts: [5 + 4 + 3 + 2] });
  });
});
