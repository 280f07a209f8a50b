import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { SupervisionLevel, SupervisionTrigger } from './supervision.entity.js';

@InputType('SupervisionOrderInput')
export class SupervisionOrderInput {
  @Field(() => ID)
  petitionId!: string;

  @Field(() => ID, { nullable: true, description: 'The unit supervised; default: the lead unit' })
  unitId?: string | null;

  @Field(() => SupervisionLevel, { description: 'REMINDER, SUPERVISION or LISTED' })
  level!: SupervisionLevel;

  @Field(() => SupervisionTrigger)
  trigger!: SupervisionTrigger;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Answer by; default: the answer limit of the unit’s rule set (R-P11)',
  })
  dueAt?: Date | null;
}

@InputType('SupervisionFilter')
export class SupervisionFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'Neither answered nor escalated' })
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Unanswered past its date' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => SupervisionLevel, { nullable: true })
  level?: SupervisionLevel | null;
}
