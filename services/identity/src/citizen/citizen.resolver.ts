import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AuthPayloadType } from '../account/account.type.js';
import type { IdentityContext } from '../context.js';
import { RegisterCitizenInput, ResetPasswordInput } from './citizen.inputs.js';

@Resolver()
export class CitizenResolver {
  @Mutation(() => Boolean, {
    description:
      'Sends a 6-digit one-time code to the phone (10 minutes, once). Always true when sent: it does not tell whether an account has the phone',
  })
  requestVerificationCode(@Ctx() ctx: IdentityContext, @Arg('phone', () => String) phone: string): Promise<boolean> {
    return ctx.citizens.requestCode(phone);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'A citizen registers with a phone proven by its code, and is signed in',
  })
  registerCitizen(
    @Ctx() ctx: IdentityContext,
    @Arg('input', () => RegisterCitizenInput) input: RegisterCitizenInput,
  ): Promise<AuthPayloadType> {
    return ctx.citizens.register(input);
  }

  @Mutation(() => Boolean, {
    description:
      'A new password with a code sent to the phone; every session of the account ends. True whether or not an account has the phone',
  })
  resetPassword(
    @Ctx() ctx: IdentityContext,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ): Promise<boolean> {
    return ctx.citizens.resetPassword(input);
  }
}
