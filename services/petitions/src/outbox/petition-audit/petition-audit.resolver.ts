import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../../context.js';
import { PetitionEventConnectionType } from './petition-audit.type.js';

@Resolver()
export class PetitionAuditResolver {
  @Query(() => PetitionEventConnectionType, {
    description:
      'The events of a petition in the order they happened, for the petition office of its area (docs/events.md); NOT_FOUND for a petition the caller may not see',
  })
  petitionEvents(
    @Ctx() ctx: PetitionsContext,
    @Arg('petitionId', () => ID) petitionId: string,
    @Arg('first', () => Int, { nullable: true, description: '1–200, 50 by default' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the page before' })
    after?: string | null,
  ): Promise<PetitionEventConnectionType> {
    return ctx.petitionAudit.events(petitionId, first, after);
  }
}
