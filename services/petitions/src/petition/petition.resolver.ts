import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { PetitionConnectionType, PetitionFilterInput, PetitionType, UnitRef } from './petition.type.js';

@Resolver(() => PetitionType)
export class PetitionResolver {
  @Query(() => PetitionType, { nullable: true })
  petition(@Ctx() ctx: PetitionsContext, @Arg('id', () => ID) id: string): Promise<PetitionType | null> {
    return ctx.petitions.get(id);
  }

  @Query(() => PetitionConnectionType, { description: 'Petitions the caller may see, newest first' })
  petitions(
    @Ctx() ctx: PetitionsContext,
    @Arg('filter', () => PetitionFilterInput, { nullable: true }) filter?: PetitionFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PetitionConnectionType> {
    return ctx.petitions.list(filter, first, after);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The lead unit (牵头单位)' })
  leadUnit(@Root() petition: PetitionType): UnitRef | null {
    return petition.leadUnitId ? { id: petition.leadUnitId } : null;
  }
}
