import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { nextStepOf } from '../petition/next-step.js';
import { PetitionType } from '../petition/petition.type.js';
import { RegisterPetitionInput, SubmitPetitionInput, SubmitPetitionPayloadType } from './intake.inputs.js';
import { REDIRECT_NOTICES } from './legal-redirect.js';

@Resolver()
export class IntakeResolver {
  @Mutation(() => SubmitPetitionPayloadType, { description: 'File a petition online, signed in or not (R-ON1)' })
  async submitPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => SubmitPetitionInput) input: SubmitPetitionInput,
  ): Promise<SubmitPetitionPayloadType> {
    const { petition, disposalDueAt } = await ctx.intake.submitOnline(input);
    return {
      petition,
      redirect: petition.legalChannel
        ? { channel: petition.legalChannel, notice: REDIRECT_NOTICES[petition.legalChannel] }
        : null,
      nextStep: nextStepOf(petition.status, disposalDueAt),
      nextStepDueAt: disposalDueAt,
    };
  }

  @Mutation(() => PetitionType, { description: 'Register a letter, visit, call, fax or email (R-CH1, R-P1)' })
  async registerPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => RegisterPetitionInput) input: RegisterPetitionInput,
  ): Promise<PetitionType> {
    return (await ctx.intake.registerByStaff(input)).petition;
  }
}
