import { RepresentativeKind, Role } from '@tjxf/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { AccountConnectionType, TemporaryPasswordType } from './account-admin.type.js';
import { AccountFilterInput, CreateAccountInput } from './account.inputs.js';
import { AccountType } from './account.type.js';

/** Account administration (ADMIN: `account:manage`). */
@Resolver()
export class AccountAdminResolver {
  @Query(() => AccountConnectionType, { description: 'Every account, disabled ones too, by username' })
  accounts(
    @Ctx() ctx: IdentityContext,
    @Arg('filter', () => AccountFilterInput, { nullable: true }) filter?: AccountFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AccountConnectionType> {
    return ctx.accounts.list(filter, first, after);
  }

  @Mutation(() => TemporaryPasswordType, { description: 'A new account with a temporary password, shown once' })
  createAccount(
    @Ctx() ctx: IdentityContext,
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
  ): Promise<TemporaryPasswordType> {
    return ctx.admin.create(input);
  }

  @Mutation(() => AccountType, { description: 'The account can no longer sign in; its sessions end' })
  disableAccount(@Ctx() ctx: IdentityContext, @Arg('id', () => ID) id: string): Promise<AccountType> {
    return ctx.admin.disable(id);
  }

  @Mutation(() => AccountType)
  enableAccount(@Ctx() ctx: IdentityContext, @Arg('id', () => ID) id: string): Promise<AccountType> {
    return ctx.admin.enable(id);
  }

  @Mutation(() => TemporaryPasswordType, {
    description: 'A new temporary password, shown once; the old password stops working and every session ends',
  })
  resetAccountPassword(@Ctx() ctx: IdentityContext, @Arg('id', () => ID) id: string): Promise<TemporaryPasswordType> {
    return ctx.admin.resetPassword(id);
  }

  @Mutation(() => AccountType, { description: 'Replaces the roles; the account’s sessions end' })
  setAccountRoles(
    @Ctx() ctx: IdentityContext,
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('representativeKind', () => RepresentativeKind, { nullable: true })
    representativeKind?: RepresentativeKind | null,
  ): Promise<AccountType> {
    return ctx.admin.setRoles(id, roles, representativeKind);
  }

  @Mutation(() => AccountType, { description: 'Replaces the units the account works for; its sessions end' })
  setAccountUnits(
    @Ctx() ctx: IdentityContext,
    @Arg('id', () => ID) id: string,
    @Arg('unitIds', () => [ID]) unitIds: string[],
  ): Promise<AccountType> {
    return ctx.admin.setUnits(id, unitIds);
  }
}
