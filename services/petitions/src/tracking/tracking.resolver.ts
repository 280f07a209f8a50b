import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { PetitionTrackingType } from './tracking.type.js';

@Resolver()
export class TrackingResolver {
  @Query(() => PetitionTrackingType, {
    nullable: true,
    description: 'Follow a petition without signing in: its tracking code and the last 4 digits of the phone given',
  })
  trackPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('phoneLast4', () => String) phoneLast4: string,
  ): Promise<PetitionTrackingType> {
    return ctx.tracking.track(trackingCode, phoneLast4);
  }
}
