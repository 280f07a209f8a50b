import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AuthPayloadType } from '../account/account.type.js';
import type { IdentityContext } from '../context.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType, { description: 'Sign in with username and password' })
  login(
    @Ctx() ctx: IdentityContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayloadType> {
    return ctx.auth.login(username, password, ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Sign out: the session ends, its token is refused from then on (the gateway also clears the portal cookie)',
  })
  logout(@Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.auth.logout(ctx.viewer);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Change one’s own password: every session of the account ends, and this answer is a new sign-in',
  })
  changePassword(
    @Ctx() ctx: IdentityContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<AuthPayloadType> {
    return ctx.auth.changePassword(currentPassword, newPassword, ctx.viewer);
  }
}
