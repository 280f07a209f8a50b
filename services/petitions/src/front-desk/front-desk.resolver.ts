import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { PetitionerHistoryInput, PetitionerHistoryType } from './front-desk.types.js';

@Resolver()
export class FrontDeskResolver {
  @Query(() => PetitionerHistoryType, {
    description:
      'Before registering: the person’s earlier petitions in every unit and level (no content), and for a draft the repeat and skipped-level warnings (R-P4). Logged in the access log.',
  })
  petitionerHistory(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => PetitionerHistoryInput) input: PetitionerHistoryInput,
  ): Promise<PetitionerHistoryType> {
    return ctx.frontDesk.history(input);
  }
}
