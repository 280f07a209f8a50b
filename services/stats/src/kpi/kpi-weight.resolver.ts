import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StatsContext } from '../context.js';
import { KpiWeightType, KpiWeightVersionType, SetKpiWeightsInput } from './kpi-weight.type.js';

@Resolver(() => KpiWeightType)
export class KpiWeightResolver {
  @Query(() => [KpiWeightType], {
    description:
      'KPI weights of the performance evaluation schemes, as in force on a Beijing date (default today) (R-PERF)',
  })
  kpiWeights(
    @Ctx() ctx: StatsContext,
    @Arg('scheme', () => String, { nullable: true }) scheme?: string | null,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD' }) on?: string | null,
  ): Promise<KpiWeightType[]> {
    return ctx.kpiWeights.inForce(scheme, on);
  }

  @Query(() => [KpiWeightVersionType], { description: 'Every version of a scheme, the newest first (issue 10)' })
  kpiWeightVersions(@Ctx() ctx: StatsContext, @Arg('scheme', () => String) scheme: string) {
    return ctx.kpiWeights.versions(scheme);
  }

  @Mutation(() => KpiWeightVersionType, {
    description: 'The administrator sets a scheme’s weights as a new version from a date; old versions stay (issue 10)',
  })
  setKpiWeights(@Ctx() ctx: StatsContext, @Arg('input', () => SetKpiWeightsInput) input: SetKpiWeightsInput) {
    return ctx.kpiWeights.set(input);
  }
}
