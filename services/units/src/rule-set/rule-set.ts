import { DayBasis, LimitKind, RULE_SETS, ruleSetOf, type RuleSet } from '@tjxf/calendar';
import { Arg, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { UnitType } from '../unit/unit.type.js';

registerEnumType(LimitKind, { name: 'LimitKind', description: 'What a time limit of a rule set limits' });
registerEnumType(DayBasis, { name: 'DayBasis', description: 'Calendar days or working days (R-T1)' });

@ObjectType('RuleSetLimit')
export class RuleSetLimitType {
  @Field(() => LimitKind)
  kind!: LimitKind;

  @Field(() => Int)
  days!: number;

  @Field(() => DayBasis)
  basis!: DayBasis;

  @Field(() => Int, { nullable: true, description: 'The most days one approved extension may add' })
  maxExtensionDays!: number | null;
}

@ObjectType('RuleSet', { description: 'A named, versioned set of time limits (R-T1, R-T2)' })
export class RuleSetType {
  @Field(() => ID, { description: 'code@version' })
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: 'The provisions the limits come from' })
  source!: string;

  @Field(() => String, { description: 'First day it applies (China)' })
  effectiveFrom!: string;

  @Field(() => [RuleSetLimitType])
  limits!: RuleSetLimitType[];

  @Field(() => Int)
  reminderDaysBefore!: number;
}

export function toRuleSetType(rules: RuleSet): RuleSetType {
  return {
    id: `${rules.code}@${rules.version}`,
    code: rules.code,
    version: rules.version,
    name: rules.name.zh,
    nameEn: rules.name.en,
    source: rules.source,
    effectiveFrom: rules.effectiveFrom,
    limits: (Object.keys(rules.limits) as LimitKind[]).map((kind) => ({
      kind,
      ...rules.limits[kind],
      maxExtensionDays: rules.maxExtensionDays[kind] ?? null,
    })),
    reminderDaysBefore: rules.reminderDaysBefore,
  };
}

@Resolver(() => RuleSetType)
export class RuleSetResolver {
  @Query(() => [RuleSetType], { description: 'Every rule set and version of time limits' })
  ruleSets(): RuleSetType[] {
    return RULE_SETS.map(toRuleSetType);
  }

  @Query(() => RuleSetType, { nullable: true, description: 'A rule set, its newest version unless one is given' })
  ruleSet(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): RuleSetType | null {
    const found = ruleSetOf(code, version ?? undefined);
    return found ? toRuleSetType(found) : null;
  }
}

@Resolver(() => UnitType)
export class UnitRuleSetResolver {
  @FieldResolver(() => RuleSetType, { nullable: true, description: 'The rule set the unit works under' })
  ruleSet(@Root() unit: UnitType): RuleSetType | null {
    const found = ruleSetOf(unit.ruleSetCode);
    return found ? toRuleSetType(found) : null;
  }
}
