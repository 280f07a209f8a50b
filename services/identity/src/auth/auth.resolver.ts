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

  @Mutation(() => Boolean, { description: 'Sign out (the gateway also clears the portal cookie)' })
  logout(@Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.auth.logout(ctx.viewer);
  }
}
