import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { unitReference } from './unit/unit.reference.js';
import { RuleSetResolver, UnitRuleSetResolver } from './rule-set/rule-set.js';
import { UnitRuleSetMutation } from './rule-set/unit-rule-set.js';
import { RoutingResolver } from './routing/routing.js';
import { UnitResolver } from './unit/unit.resolver.js';

export const unitsRules: RuleTree = {
  Query: {
    units: rules.can('unit:read'),
    unit: rules.can('unit:read'),
    ruleSets: rules.can('unit:read'),
    ruleSet: rules.can('unit:read'),
    routingSuggestions: rules.can('petition:dispose'),
  },
  Mutation: { setUnitRuleSet: rules.can('unit:manage-rule-set') },
  Unit: rules.can('unit:read'),
  RuleSet: rules.can('unit:read'),
  RuleSetLimit: rules.can('unit:read'),
};

export function buildUnitsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [UnitResolver, RuleSetResolver, UnitRuleSetResolver, UnitRuleSetMutation, RoutingResolver],
    referenceResolvers: { Unit: unitReference as never },
    rules: unitsRules,
  });
}
