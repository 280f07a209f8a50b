import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { UnitRef } from '@tjxf/subgraph-kit';
import { PetitionType } from '../petition/petition.type.js';
import { SupervisionLevel, SupervisionTrigger, type SupervisionOrder } from './supervision.entity.js';

registerEnumType(SupervisionLevel, {
  name: 'SupervisionLevel',
  description: '催办, 督办, 挂牌督办, then by escalation 约谈 and 通报 (R-P11)',
});
registerEnumType(SupervisionTrigger, {
  name: 'SupervisionTrigger',
  description: 'What called for supervision (R-P11)',
});

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

export const toOrderType = (o: SupervisionOrder): SupervisionOrderType => ({
  id: o.id,
  level: o.level,
  trigger: o.trigger,
  note: o.note ?? null,
  automatic: o.automatic,
  issuedAt: o.issuedAt,
  dueAt: o.dueAt,
  ruleSet: o.ruleSetCode ?? null,
  ruleSetVersion: o.ruleSetVersion ?? null,
  answer: o.answer ?? null,
  answeredAt: o.answeredAt ?? null,
  escalatedAt: o.escalatedAt ?? null,
  petitionId: o.petition.id,
  unitId: o.unitId,
  issuedByUnitId: o.issuedByUnitId ?? null,
  escalatesId: o.escalates?.id ?? null,
});

@Resolver(() => SupervisionOrderType)
export class SupervisionResolver {
  @Mutation(() => SupervisionOrderType, { description: 'A petition office or leader supervises a unit (R-SUP)' })
  async issueSupervisionOrder(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => SupervisionOrderInput) input: SupervisionOrderInput,
  ): Promise<SupervisionOrderType> {
    return toOrderType(await ctx.supervision.issue(input));
  }

  @Mutation(() => SupervisionOrderType, { description: 'The supervised unit answers in writing (R-P11)' })
  async answerSupervisionOrder(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
  ): Promise<SupervisionOrderType> {
    return toOrderType(await ctx.supervision.answer(id, answer));
  }

  @Query(() => [SupervisionOrderType], {
    description: 'The supervision board: orders in the caller’s area or to its unit, by due date',
  })
  async supervisionOrders(
    @Ctx() ctx: PetitionsContext,
    @Arg('filter', () => SupervisionFilterInput, { nullable: true }) filter?: SupervisionFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<SupervisionOrderType[]> {
    return (await ctx.supervision.list(filter ?? {}, first ?? 50)).map(toOrderType);
  }

  @FieldResolver(() => PetitionType)
  async petition(@Root() order: SupervisionOrderType, @Ctx() ctx: PetitionsContext): Promise<PetitionType | null> {
    return ctx.petitions.byId.load(order.petitionId);
  }

  @FieldResolver(() => UnitRef, { description: 'The unit supervised' })
  unit(@Root() order: SupervisionOrderType): UnitRef {
    return { id: order.unitId };
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit that issued it (null: the scheduler)' })
  issuedBy(@Root() order: SupervisionOrderType): UnitRef | null {
    return order.issuedByUnitId ? { id: order.issuedByUnitId } : null;
  }
}

@Resolver(() => PetitionType)
export class PetitionSupervisionResolver {
  @FieldResolver(() => [SupervisionOrderType], { description: 'Supervision orders about it (R-SUP)' })
  async supervisionOrders(
    @Root() petition: PetitionType,
    @Ctx() ctx: PetitionsContext,
  ): Promise<SupervisionOrderType[]> {
    return (await ctx.supervision.ofPetition.load(petition.id)).map(toOrderType);
  }
}
