import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { StatsContext } from '../context.js';
import { KpiWeightType } from './kpi-weight.type.js';

@Resolver(() => KpiWeightType)
export class KpiWeightResolver {
  @Query(() => [KpiWeightType], { description: 'KPI weights of the performance evaluation schemes (R-PERF)' })
  kpiWeights(
    @Ctx() ctx: StatsContext,
    @Arg('scheme', () => String, { nullable: true }) scheme?: string | null,
  ): Promise<KpiWeightType[]> {
    return ctx.kpiWeights.latest(scheme);
  }
}
