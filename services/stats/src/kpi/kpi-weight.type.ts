import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
}
