import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { unitReference } from './unit/unit.reference.js';
import { RuleSetResolver, UnitRuleSetResolver } from './rule-set/rule-set.js';
import { UnitRuleSetMutation } from './rule-set/unit-rule-set.js';
import { RoutingResolver } from './routing/routing.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { UnitResolver } from './unit/unit.resolver.js';

export const unitsRules: RuleTree = {
  Query: {
    units: rules.can('unit:read'),
    unit: rules.can('unit:read'),
    ruleSets: rules.can('unit:read'),
    ruleSet: rules.can('unit:read'),
    routingSuggestions: rules.can('petition:dispose'),
    holidays: rules.can('unit:read'),
  },
  Mutation: {
    setUnitRuleSet: rules.can('unit:manage-rule-set'),
    publishHolidaySchedule: rules.can('calendar:publish'),
  },
  Unit: rules.can('unit:read'),
  RuleSet: rules.can('unit:read'),
  RuleSetLimit: rules.can('unit:read'),
  HolidayCalendar: rules.can('unit:read'),
  HolidayDay: rules.can('unit:read'),
};

export function buildUnitsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [
      UnitResolver,
      RuleSetResolver,
      UnitRuleSetResolver,
      UnitRuleSetMutation,
      RoutingResolver,
      CalendarResolver,
    ],
    referenceResolvers: { Unit: unitReference as never },
    rules: unitsRules,
  });
}
