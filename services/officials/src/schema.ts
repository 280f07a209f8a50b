import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { officialReference } from './official/official.reference.js';
import { OfficialResolver } from './official/official.resolver.js';

export const officialsRules: RuleTree = {
  Query: {
    officials: rules.can('official:read'),
  },
  Official: rules.can('official:read'),
  Unit: rules.allow,
};

export function buildOfficialsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [OfficialResolver],
    referenceResolvers: { Official: officialReference as never },
    rules: officialsRules,
  });
}
