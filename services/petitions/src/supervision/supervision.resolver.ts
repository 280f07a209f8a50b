import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UnitRef } from '@tjxf/subgraph-kit';
import type { PetitionsContext } from '../context.js';
import { PetitionType } from '../petition/petition.type.js';
import { SupervisionFilterInput, SupervisionOrderInput } from './supervision.inputs.js';
import { toOrderType } from './supervision.mapper.js';
import { SupervisionOrderType } from './supervision.type.js';

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
