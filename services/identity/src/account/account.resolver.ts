import { UnitRef } from '@tjxf/subgraph-kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { AccountType } from './account.type.js';

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { nullable: true, description: 'The caller, or null when not signed in' })
  viewer(@Ctx() ctx: IdentityContext): Promise<AccountType | null> {
    return ctx.accounts.viewerAccount(ctx.viewer);
  }

  @FieldResolver(() => [UnitRef], { description: 'The units the account works for' })
  async units(@Root() account: AccountType, @Ctx() ctx: IdentityContext): Promise<UnitRef[]> {
    const ids = account.unitIds.length ? account.unitIds : await ctx.accounts.unitIdsOf.load(account.id);
    return ids.map((id) => ({ id }));
  }
}
