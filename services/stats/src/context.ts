import type pg from 'pg';
import type { BaseContext } from '@tjxf/subgraph-kit';
import { KpiWeightService } from './kpi/kpi-weight.service.js';
import type { CategoryLabels } from './statistics/category-labels.js';
import { HotSpotService } from './statistics/hot-spot.service.js';
import { KpiService } from './statistics/kpi.service.js';
import { PerformanceService } from './statistics/performance.service.js';
import { StatisticsScope } from './statistics/scope.js';
import { TrendService } from './statistics/trend.service.js';
import type { StatsUnitLookup } from './statistics/unit-directory.js';

export interface StatsContext extends BaseContext {
  kpiWeights: KpiWeightService;
  statistics: {
    kpis: KpiService;
    trends: TrendService;
    hotSpots: HotSpotService;
    performance: PerformanceService;
  };
}

/** What every request's statistics share: the projections' pool, the units, the category names, today. */
export interface StatisticsParts {
  pool: pg.Pool;
  units: StatsUnitLookup;
  categories: CategoryLabels;
  /** Today's Beijing date (the test clock's in tests). */
  today: () => string;
}

export const contextFactory =
  (parts: StatisticsParts) =>
  (base: BaseContext): StatsContext => {
    const kpiWeights = new KpiWeightService(base.em, base.viewer);
    const scope = new StatisticsScope(base.viewer);
    const kpis = new KpiService(parts.pool, parts.units, scope, parts.today);
    return {
      ...base,
      kpiWeights,
      statistics: {
        kpis,
        trends: new TrendService(parts.pool, scope, parts.categories),
        hotSpots: new HotSpotService(parts.pool, scope, parts.categories, parts.today),
        performance: new PerformanceService(kpis, kpiWeights),
      },
    };
  };
