import type { IdentityContext } from '../context.js';
import type { AccountType } from './account.type.js';

export const accountReference = {
  __resolveReference(reference: { id: string }, ctx: IdentityContext): Promise<AccountType | null> {
    return ctx.accounts.byId.load(reference.id);
  },
};
