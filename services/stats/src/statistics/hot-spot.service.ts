import type pg from 'pg';
import { regionScopePrefix } from '@tjxf/domain';
import { findRegion } from '@tjxf/regions';
import type { CategoryLabels } from './category-labels.js';
import { HOT_SPOT_RULE, risingCells } from './hot-spot-rule.js';
import { addDays } from '@tjxf/calendar';
import type { StatisticsScope } from './scope.js';
import { HotSpotKind, type HotSpotType } from './statistics.type.js';
import { childCodeLength } from './scope.js';

interface CellRow {
  region: string;
  category: string;
  current: number;
  base: number;
  collective: number;
  collective_base: number;
  skipped: number;
  skipped_base: number;
}

/**
 * What rises now in an area, by child area and top-level category (the petition's own region):
 * counts beyond their control limit (hot-spot-rule.ts), and every collective and skipped-level
 * petition of the last 7 days as a warning.
 */
export class HotSpotService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: StatisticsScope,
    private readonly categories: CategoryLabels,
    private readonly today: () => string,
  ) {}

  async hotSpots(regionCode: string | null | undefined): Promise<HotSpotType[]> {
    const area = this.scope.area(regionCode, 'regionCode');
    const today = this.today();
    const since = addDays(today, -(HOT_SPOT_RULE.windowDays - 1));
    const baselineFrom = addDays(since, -7 * HOT_SPOT_RULE.baselineWeeks);
    const { rows } = await this.pool.query<CellRow>(
      `select left(region_code, $4) as region, left(category_code, 2) as category,
              sum(count) filter (where day >= $2)::int as current, sum(count) filter (where day < $2)::int as base,
              sum(collective) filter (where day >= $2)::int as collective,
              sum(collective) filter (where day < $2)::int as collective_base,
              sum(skipped_level) filter (where day >= $2)::int as skipped,
              sum(skipped_level) filter (where day < $2)::int as skipped_base
         from stats.trend_day
        where region_code like $1 and day between $3 and $5
        group by 1, 2`,
      [`${regionScopePrefix(area)}%`, since, baselineFrom, childCodeLength(area), today],
    );
    const names = await this.categories.all();
    const label = (region: string, category: string) => ({
      label: `${findRegion(region)?.name ?? region} · ${names.get(category)?.nameZh ?? category}`,
      labelEn: `${findRegion(region)?.name ?? region} · ${names.get(category)?.nameEn ?? category}`,
    });
    const weekly = (total: number) => (total ?? 0) / HOT_SPOT_RULE.baselineWeeks;
    const rising = risingCells(
      rows.map((r) => ({
        regionCode: r.region,
        categoryCode: r.category,
        current: r.current ?? 0,
        baselineTotal: r.base ?? 0,
      })),
    ).map((cell): HotSpotType => ({
      kind: HotSpotKind.RISE,
      categoryCode: cell.categoryCode,
      regionCode: cell.regionCode,
      ...label(cell.regionCode, cell.categoryCode),
      count: cell.current,
      baseline: cell.baseline,
      limit: cell.limit,
      since,
    }));
    const warnings = (kind: HotSpotKind, count: (r: CellRow) => number, base: (r: CellRow) => number) =>
      rows
        .filter((r) => count(r) > 0)
        .sort((a, b) => count(b) - count(a))
        .map((r): HotSpotType => ({
          kind,
          categoryCode: r.category,
          regionCode: r.region,
          ...label(r.region, r.category),
          count: count(r),
          baseline: weekly(base(r)),
          limit: 0,
          since,
        }));
    return [
      ...rising,
      ...warnings(
        HotSpotKind.COLLECTIVE,
        (r) => r.collective ?? 0,
        (r) => r.collective_base,
      ),
      ...warnings(
        HotSpotKind.SKIPPED_LEVEL,
        (r) => r.skipped ?? 0,
        (r) => r.skipped_base,
      ),
    ];
  }
}
