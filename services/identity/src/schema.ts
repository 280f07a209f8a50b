import { defineRule, forbidden, rootFieldOf, rules, unauthenticated, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { accountReference } from './account/account.reference.js';
import { AccountResolver } from './account/account.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';

/** Under `login`, the account just proven by its password; elsewhere, only one's own. */
const ownAccount = defineRule<{ id: string }>('ownAccount', (account, ctx, info) => {
  if (rootFieldOf(info) === 'login') return true;
  if (ctx.viewer.accountId && ctx.viewer.accountId === account.id) return true;
  return ctx.viewer.accountId ? forbidden() : unauthenticated();
});

export const identityRules: RuleTree = {
  Query: {
    viewer: rules.allow,
  },
  Mutation: {
    login: rules.allow,
    logout: rules.allow,
  },
  AuthPayload: rules.allow,
  Account: ownAccount,
  Unit: rules.allow,
};

export function buildIdentitySchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [AccountResolver, AuthResolver],
    referenceResolvers: { Account: accountReference as never },
    rules: identityRules,
  });
}
