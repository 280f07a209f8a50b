import type { BaseContext } from '@tjxf/subgraph-kit';
import type { AccessTokenIssuer } from '@tjxf/tokens';
import { AccountAdminService } from './account/account-admin.service.js';
import { AccountService } from './account/account.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import type { LoginThrottle } from './auth/login-throttle.js';
import { CitizenAccountService } from './citizen/citizen.service.js';
import type { UnitLookup } from './unit-lookup/unit-lookup.js';
import { VerificationService, type VerificationParts } from './verification/verification.service.js';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  auth: AuthService;
  admin: AccountAdminService;
  audit: AuditService;
  citizens: CitizenAccountService;
}

/** What the service makes once at start-up and every request shares. */
export interface IdentityParts {
  issuer: AccessTokenIssuer;
  throttle: LoginThrottle;
  units: UnitLookup;
  verification: VerificationParts;
}

export const contextFactory =
  ({ issuer, throttle, units, verification }: IdentityParts) =>
  (base: BaseContext): IdentityContext => {
    const auth = new AuthService(base.em, issuer, throttle);
    return {
      ...base,
      accounts: new AccountService(base.em, base.loaders),
      auth,
      admin: new AccountAdminService(base.em, base.viewer, units),
      audit: new AuditService(base.em),
      citizens: new CitizenAccountService(
        base.em,
        base.viewer,
        auth,
        new VerificationService(base.em, verification, base.log),
        throttle,
      ),
    };
  };
