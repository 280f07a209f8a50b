import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SupervisionLevel, SupervisionTrigger } from './supervision.entity.js';

registerEnumType(SupervisionLevel, {
  name: 'SupervisionLevel',
  description: '催办, 督办, 挂牌督办, then by escalation 约谈 and 通报 (R-P11)',
});
registerEnumType(SupervisionTrigger, {
  name: 'SupervisionTrigger',
  description: 'What called for supervision (R-P11)',
});

@ObjectType('SupervisionOrder', { description: 'A supervision order to a unit about a petition (R-SUP)' })
export class SupervisionOrderType {
  @Field(() => ID)
  id!: string;

  @Field(() => SupervisionLevel)
  level!: SupervisionLevel;

  @Field(() => SupervisionTrigger)
  trigger!: SupervisionTrigger;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Raised by the scheduler' })
  automatic!: boolean;

  @Field(() => GraphQLISODateTime)
  issuedAt!: Date;

  @Field(() => GraphQLISODateTime)
  dueAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The rule set the unit worked under when it was issued, which gave the answer date (R-T2)',
  })
  ruleSet!: string | null;

  @Field(() => Int, { nullable: true })
  ruleSetVersion!: number | null;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next level was raised' })
  escalatedAt!: Date | null;

  petitionId!: string;
  unitId!: string;
  issuedByUnitId!: string | null;
  escalatesId!: string | null;
}
