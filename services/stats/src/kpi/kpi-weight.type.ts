import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccountRef } from '@tjxf/subgraph-kit';
import { KpiCode } from './kpi-weight.entity.js';

registerEnumType(KpiCode, { name: 'KpiCode', description: 'Unit KPIs of R-P14' });

@ObjectType('KpiWeight', { description: 'The weight of a KPI in a performance evaluation scheme' })
export class KpiWeightType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  scheme!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => KpiCode)
  kpi!: KpiCode;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => Float, { nullable: true })
  penalty!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The Beijing date the version applies from; null: from the start',
  })
  effectiveFrom!: string | null;
}

@ObjectType('KpiWeightVersion', { description: 'One version of a KPI weight scheme: its weights, from a date' })
export class KpiWeightVersionType {
  @Field(() => String)
  scheme!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'The Beijing date it applies from; null: from the start' })
  effectiveFrom!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => AccountRef, { nullable: true, description: 'Who set it; null for the seeded version' })
  createdBy!: AccountRef | null;

  @Field(() => [KpiWeightType])
  weights!: KpiWeightType[];
}

@InputType('KpiWeightInput')
export class KpiWeightInput {
  @Field(() => String, { description: 'A KpiCode' })
  kpi!: string;

  @Field(() => Float, { description: '0 to 100; the weights of a version add up to 100' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'A rate below this (0 to 1) costs `penalty` points' })
  threshold?: number | null;

  @Field(() => Float, { nullable: true })
  penalty?: number | null;
}

@InputType('SetKpiWeightsInput')
export class SetKpiWeightsInput {
  @Field(() => String, { description: 'The scheme’s code (2 to 40 of a-z, 0-9, -); a new code starts a scheme' })
  scheme!: string;

  @Field(() => String, { description: 'The Beijing date the version applies from (YYYY-MM-DD), today or later' })
  effectiveFrom!: string;

  @Field(() => [KpiWeightInput])
  weights!: KpiWeightInput[];
}
