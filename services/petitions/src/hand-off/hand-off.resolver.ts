import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { toPetitionType } from '../petition/petition.mapper.js';
import { PetitionType } from '../petition/petition.type.js';
import { version } from '../procedure/procedure.resolver.js';
import { HandOffInput, HandOffOutcomeInput, HandOffType, toHandOffType } from './hand-off.types.js';

/** Hand-offs to people's mediation or a legal channel, and their return (R-MED, issue 11). */
@Resolver(() => PetitionType)
export class HandOffResolver {
  @Mutation(() => PetitionType, {
    description:
      'The lead unit hands the matter to people’s mediation, a court or arbitration; the petitioner is told in writing (R-MED)',
  })
  async handOffPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HandOffInput) input: HandOffInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.handOff(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'What came back from mediation, the court or arbitration (R-MED)' })
  async recordHandOffOutcome(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HandOffOutcomeInput) input: HandOffOutcomeInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.recordHandOffOutcome(id, input, expectedVersion));
  }

  @FieldResolver(() => [HandOffType], { description: 'Hand-offs to mediation or a legal channel, oldest first' })
  async handOffs(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<HandOffType[]> {
    return (await ctx.procedure.handOffsOf(petition.id)).map(toHandOffType);
  }
}
