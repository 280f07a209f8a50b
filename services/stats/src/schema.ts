import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { KpiWeightResolver } from './kpi/kpi-weight.resolver.js';

export const statsRules: RuleTree = {
  Query: {
    kpiWeights: rules.can('stats:read'),
  },
  KpiWeight: rules.can('stats:read'),
};

export function buildStatsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({ resolvers: [KpiWeightResolver], rules: statsRules });
}
