import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { unitReference } from './unit/unit.reference.js';
import { UnitResolver } from './unit/unit.resolver.js';

export const unitsRules: RuleTree = {
  Query: {
    units: rules.can('unit:read'),
    unit: rules.can('unit:read'),
  },
  Unit: rules.can('unit:read'),
};

export function buildUnitsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [UnitResolver],
    referenceResolvers: { Unit: unitReference as never },
    rules: unitsRules,
  });
}
