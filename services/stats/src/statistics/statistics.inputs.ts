import { Field, ID, InputType } from 'type-graphql';
import { KpiGroupBy, KpiUnitRole, PeriodPreset, TrendBy, TrendInterval } from './statistics.type.js';

@InputType('KpiFilter')
export class KpiFilter {
  @Field(() => String, { nullable: true, description: 'GB/T 2260 area; default: the viewer’s own area' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'One unit only' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'First Beijing date (YYYY-MM-DD), inclusive' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last Beijing date (YYYY-MM-DD), inclusive' })
  to?: string | null;

  @Field(() => PeriodPreset, { nullable: true, description: 'Without from/to; default MONTH' })
  preset?: PeriodPreset | null;

  @Field(() => KpiUnitRole, { nullable: true, description: 'Absent: both' })
  unitRole?: KpiUnitRole | null;

  @Field(() => KpiGroupBy, { nullable: true, description: 'Default NONE' })
  groupBy?: KpiGroupBy | null;
}

@InputType('TrendFilter')
export class TrendFilter {
  @Field(() => String, { nullable: true, description: 'Default: the viewer’s own area' })
  regionCode?: string | null;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => TrendInterval)
  interval!: TrendInterval;

  @Field(() => TrendBy)
  by!: TrendBy;

  @Field(() => String, { nullable: true, description: 'Only this category and below; with by CATEGORY, its children' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;
}
