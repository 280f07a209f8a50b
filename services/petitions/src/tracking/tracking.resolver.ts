import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { ReviewByPhoneInput, TrackingPhoneProofInput } from './tracking.inputs.js';
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

  @Mutation(() => PetitionTrackingType, {
    description:
      'Follow a petition with its tracking code and a one-time code sent to the phone given on it: works while look-ups of that tracking code are paused, and lifts the pause',
  })
  async trackPetitionByPhone(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => TrackingPhoneProofInput) input: TrackingPhoneProofInput,
  ): Promise<PetitionTrackingType> {
    return ctx.tracking.view(await ctx.tracking.proveByPhone(input.trackingCode, input.phone, input.code));
  }

  @Mutation(() => PetitionTrackingType, {
    description:
      'A petitioner without an account asks for review (or re-review) from the tracking page, proven by a one-time code sent to the phone given on the petition (R-P10)',
  })
  async requestReviewByPhone(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => ReviewByPhoneInput) input: ReviewByPhoneInput,
  ): Promise<PetitionTrackingType> {
    const tracked = await ctx.tracking.proveByPhone(input.trackingCode, input.phone, input.code);
    await ctx.procedure.requestReviewAsPetitioner(tracked, input.reason);
    return ctx.tracking.view(tracked);
  }
}
