import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { KpiWeightResolver } from './kpi/kpi-weight.resolver.js';

export const statsRules: RuleTree = {
  Query: {
    kpiWeights: rules.can('stats:read'),
    kpiWeightVersions: rules.can('stats:read'),
  },
  Mutation: {
    // the administration console (issue 10)
    setKpiWeights: rules.can('kpi-weights:manage'),
  },
  KpiWeight: rules.can('stats:read'),
  KpiWeightVersion: rules.can('stats:read'),
  Account: rules.can('stats:read'),
};

export function buildStatsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({ resolvers: [KpiWeightResolver], rules: statsRules });
}
