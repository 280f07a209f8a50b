import type { BaseContext } from '@tjxf/subgraph-kit';
import type { AccessTokenIssuer } from '@tjxf/tokens';
import { AccountAdminService } from './account/account-admin.service.js';
import { AccountService } from './account/account.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { UnitLookup } from './unit-lookup/unit-lookup.js';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  auth: AuthService;
  admin: AccountAdminService;
  audit: AuditService;
}

export const contextFactory =
  (issuer: AccessTokenIssuer, throttle: LoginThrottle, units: UnitLookup) =>
  (base: BaseContext): IdentityContext => ({
    ...base,
    accounts: new AccountService(base.em, base.loaders),
    auth: new AuthService(base.em, issuer, throttle),
    admin: new AccountAdminService(base.em, base.viewer, units),
    audit: new AuditService(base.em),
  });
