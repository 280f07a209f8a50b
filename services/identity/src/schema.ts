import { defineRule, forbidden, hasPermission, rootFieldOf, rules, unauthenticated, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { AccountAdminResolver } from './account/account-admin.resolver.js';
import { accountReference } from './account/account.reference.js';
import { AccountResolver } from './account/account.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { CitizenResolver } from './citizen/citizen.resolver.js';

/** Root fields that answer with the account just proven by its password. */
const SIGN_IN_FIELDS = new Set<string | number>(['login', 'changePassword', 'registerCitizen']);

/** One's own account (and, under a sign-in, the account just proven); any for an administrator. */
const accountRule = defineRule<{ id: string }>('account', (account, ctx, info) => {
  if (SIGN_IN_FIELDS.has(rootFieldOf(info))) return true;
  if (ctx.viewer.accountId && ctx.viewer.accountId === account.id) return true;
  if (hasPermission(ctx.viewer, 'account:manage')) return true;
  return ctx.viewer.accountId ? forbidden() : unauthenticated();
});

const manage = rules.can('account:manage');
const auditRead = rules.can('audit:read');

export const identityRules: RuleTree = {
  Query: {
    viewer: rules.allow,
    accounts: manage,
    auditLog: auditRead,
  },
  Mutation: {
    login: rules.allow,
    logout: rules.allow,
    // a session signed in with a temporary password has no roles, and may do this
    changePassword: rules.authenticated,
    // anyone: a code goes only to the phone itself; each operation is throttled
    requestVerificationCode: rules.allow,
    registerCitizen: rules.allow,
    resetPassword: rules.allow,
    createAccount: manage,
    disableAccount: manage,
    enableAccount: manage,
    resetAccountPassword: manage,
    setAccountRoles: manage,
    setAccountUnits: manage,
  },
  AuthPayload: rules.allow,
  Account: accountRule,
  Unit: rules.allow,
  PageInfo: rules.allow,
  AccountConnection: manage,
  AccountEdge: manage,
  TemporaryPassword: manage,
  AuditEvent: auditRead,
  AuditEventEdge: auditRead,
  AuditEventConnection: auditRead,
};

export function buildIdentitySchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [AccountResolver, AccountAdminResolver, AuthResolver, AuditResolver, CitizenResolver],
    referenceResolvers: { Account: accountReference as never },
    rules: identityRules,
  });
}
