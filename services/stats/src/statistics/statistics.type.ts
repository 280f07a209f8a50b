import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UnitRef } from '@tjxf/subgraph-kit';
import { KpiCode } from '../kpi/kpi-weight.entity.js';

/** Whose figures a KPI value is: a petition office's or a responsible unit's (R-P14). */
export const KpiUnitRole = { PETITION_OFFICE: 'PETITION_OFFICE', RESPONSIBLE_UNIT: 'RESPONSIBLE_UNIT' } as const;
export type KpiUnitRole = (typeof KpiUnitRole)[keyof typeof KpiUnitRole];

/** The current week, month, quarter or year, up to today (Beijing). */
export const PeriodPreset = { WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
export type PeriodPreset = (typeof PeriodPreset)[keyof typeof PeriodPreset];

export const KpiGroupBy = { NONE: 'NONE', REGION: 'REGION', UNIT: 'UNIT' } as const;
export type KpiGroupBy = (typeof KpiGroupBy)[keyof typeof KpiGroupBy];

export const TrendInterval = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', YEAR: 'YEAR' } as const;
export type TrendInterval = (typeof TrendInterval)[keyof typeof TrendInterval];

export const TrendBy = { CATEGORY: 'CATEGORY', REGION: 'REGION', CHANNEL: 'CHANNEL', NONE: 'NONE' } as const;
export type TrendBy = (typeof TrendBy)[keyof typeof TrendBy];

export const HotSpotKind = { RISE: 'RISE', COLLECTIVE: 'COLLECTIVE', SKIPPED_LEVEL: 'SKIPPED_LEVEL' } as const;
export type HotSpotKind = (typeof HotSpotKind)[keyof typeof HotSpotKind];

registerEnumType(KpiUnitRole, { name: 'KpiUnitRole', description: 'Petition offices or responsible units' });
registerEnumType(PeriodPreset, { name: 'PeriodPreset', description: 'The current period, up to today (Beijing)' });
registerEnumType(KpiGroupBy, {
  name: 'KpiGroupBy',
  description: 'NONE: the area as a whole; REGION: each child area; UNIT: each unit',
});
registerEnumType(TrendInterval, { name: 'TrendInterval' });
registerEnumType(TrendBy, { name: 'TrendBy' });
registerEnumType(HotSpotKind, { name: 'HotSpotKind' });

@ObjectType('KpiValue', { description: 'A KPI of R-P14 computed from the event record, with its parts' })
export class KpiValueType {
  @Field(() => KpiCode)
  code!: KpiCode;

  @Field(() => KpiUnitRole)
  unitRole!: KpiUnitRole;

  @Field(() => String, { nullable: true, description: 'The area the value is for (groupBy REGION: the child area)' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => UnitRef, { nullable: true, description: 'groupBy UNIT or unitId: the unit' })
  unit!: UnitRef | null;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'null when the denominator is 0' })
  rate!: number | null;

  @Field(() => String, { description: 'The formula, in Chinese' })
  formula!: string;

  @Field(() => String, { description: 'The formula, in English' })
  formulaEn!: string;

  @Field(() => String, { description: 'The KPI’s name, in Chinese' })
  name!: string;

  @Field(() => String, { description: 'The KPI’s name, in English' })
  nameEn!: string;

  @Field(() => Int)
  previousNumerator!: number;

  @Field(() => Int)
  previousDenominator!: number;

  @Field(() => Float, { nullable: true, description: 'The period of the same length just before' })
  previousRate!: number | null;

  @Field(() => String, { description: 'First day of the previous period' })
  previousFrom!: string;

  @Field(() => String, { description: 'Last day of the previous period' })
  previousTo!: string;
}

@ObjectType('TrendPoint', { description: 'Petitions registered in a period (by the petition’s own region)' })
export class TrendPointType {
  @Field(() => String, { description: 'The first day of the period' })
  period!: string;

  @Field(() => String, { nullable: true })
  key!: string | null;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('HotSpot', { description: 'Something rising beyond its own baseline now, or a warning (R-HOT)' })
export class HotSpotType {
  @Field(() => HotSpotKind)
  kind!: HotSpotKind;

  @Field(() => String, { nullable: true })
  categoryCode!: string | null;

  @Field(() => String)
  regionCode!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;

  @Field(() => Int, { description: 'In the current window' })
  count!: number;

  @Field(() => Float, { description: 'The expected count (the area’s own history)' })
  baseline!: number;

  @Field(() => Float, { description: 'The control limit the count crossed' })
  limit!: number;

  @Field(() => String, { description: 'First day of the window' })
  since!: string;
}

@ObjectType('ScorePart')
export class ScorePartType {
  @Field(() => KpiCode)
  kpi!: KpiCode;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field(() => Float)
  points!: number;
}

@ObjectType('PerformanceScore', { description: 'A unit’s weighted score from its KPIs (R-PERF)' })
export class PerformanceScoreType {
  @Field(() => UnitRef)
  unit!: UnitRef;

  @Field(() => KpiUnitRole)
  unitRole!: KpiUnitRole;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'Within the role, 1 the best; equal scores share a rank' })
  rank!: number;

  @Field(() => String)
  scheme!: string;

  @Field(() => Int)
  schemeVersion!: number;

  @Field(() => [ScorePartType])
  parts!: ScorePartType[];
}
