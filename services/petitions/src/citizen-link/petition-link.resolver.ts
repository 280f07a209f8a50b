import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { toPetitionType } from '../petition/petition.mapper.js';
import { PetitionType } from '../petition/petition.type.js';

@Resolver()
export class PetitionLinkResolver {
  @Mutation(() => PetitionType, {
    description:
      'A signed-in citizen links a petition filed before registering: its tracking code and phone ending, and the account’s verified phone must be on it',
  })
  async linkPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('phoneLast4', () => String) phoneLast4: string,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.links.link(trackingCode, phoneLast4));
  }
}
