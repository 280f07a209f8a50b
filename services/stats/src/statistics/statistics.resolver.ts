import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { StatsContext } from '../context.js';
import {
  HotSpotType,
  KpiFilter,
  KpiValueType,
  PerformanceScoreType,
  TrendFilter,
  TrendPointType,
} from './statistics.types.js';

/** The leadership dashboard's figures (issue 12, CONTRACT "Statistics"), computed from events only. */
@Resolver()
export class StatisticsResolver {
  @Query(() => [KpiValueType], {
    description: 'The KPIs of R-P14 for an area or unit and a period, with their parts and the previous period',
  })
  kpis(@Ctx() ctx: StatsContext, @Arg('filter', () => KpiFilter) filter: KpiFilter): Promise<KpiValueType[]> {
    return ctx.statistics.kpis.values(filter);
  }

  @Query(() => [TrendPointType], { description: 'Petitions registered per period, by category, region or channel' })
  petitionTrend(
    @Ctx() ctx: StatsContext,
    @Arg('filter', () => TrendFilter) filter: TrendFilter,
  ): Promise<TrendPointType[]> {
    return ctx.statistics.trends.points(filter);
  }

  @Query(() => [HotSpotType], {
    description: 'What rises beyond its own baseline now, and collective and skipped-level warnings (R-HOT)',
  })
  hotSpots(
    @Ctx() ctx: StatsContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null,
  ): Promise<HotSpotType[]> {
    return ctx.statistics.hotSpots.hotSpots(regionCode);
  }

  @Query(() => [PerformanceScoreType], { description: 'Weighted scores per unit from its KPIs, ranked (R-PERF)' })
  performanceScores(
    @Ctx() ctx: StatsContext,
    @Arg('filter', () => KpiFilter) filter: KpiFilter,
    @Arg('scheme', () => String, { nullable: true, description: 'Default: the seeded example' }) scheme?: string | null,
  ): Promise<PerformanceScoreType[]> {
    return ctx.statistics.performance.scores(filter, scheme);
  }
}
