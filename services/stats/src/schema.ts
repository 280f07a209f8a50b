import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { KpiWeightResolver } from './kpi/kpi-weight.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';

export const statsRules: RuleTree = {
  Query: {
    kpiWeights: rules.can('stats:read'),
    kpiWeightVersions: rules.can('stats:read'),
    // issue 12: the leadership dashboard; the area is checked in the services (scope.ts)
    kpis: rules.can('stats:read'),
    petitionTrend: rules.can('stats:read'),
    hotSpots: rules.can('stats:read'),
    performanceScores: rules.can('stats:read'),
  },
  Mutation: {
    // the administration console (issue 10)
    setKpiWeights: rules.can('kpi-weights:manage'),
  },
  KpiWeight: rules.can('stats:read'),
  KpiWeightVersion: rules.can('stats:read'),
  Account: rules.can('stats:read'),
  KpiValue: rules.can('stats:read'),
  TrendPoint: rules.can('stats:read'),
  HotSpot: rules.can('stats:read'),
  ScorePart: rules.can('stats:read'),
  PerformanceScore: rules.can('stats:read'),
  Unit: rules.can('stats:read'),
};

export function buildStatsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({ resolvers: [KpiWeightResolver, StatisticsResolver], rules: statsRules });
}
