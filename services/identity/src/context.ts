import type { BaseContext } from '@tjxf/subgraph-kit';
import type { AccessTokenIssuer } from '@tjxf/tokens';
import { AccountService } from './account/account.service.js';
import { AuthService } from './auth/auth.service.js';
import type { LoginThrottle } from './auth/login-throttle.js';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  auth: AuthService;
}

export const contextFactory =
  (issuer: AccessTokenIssuer, throttle: LoginThrottle) =>
  (base: BaseContext): IdentityContext => ({
    ...base,
    accounts: new AccountService(base.em, base.loaders),
    auth: new AuthService(base.em, issuer, throttle),
  });
