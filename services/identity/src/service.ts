import type { ServiceDefinition } from '@tjxf/subgraph-kit';
import { AccessTokenIssuer } from '@tjxf/tokens';
import { AccountEntity, AccountUnitEntity } from './account/account.entity.js';
import { AuthEventEntity, LoginThrottleEntity } from './auth/auth.entity.js';
import { createLoginThrottle } from './auth/login-throttle.js';
import { identityConfigSchema, type IdentityConfig } from './config.js';
import { contextFactory, type IdentityContext } from './context.js';
import { migrations } from './migrations/index.js';
import { buildIdentitySchema } from './schema.js';
import { seedDemoAccounts } from './seed/index.js';

/** The identity subgraph: accounts, sign-in, access tokens and their JWKS. */
export const identityService: ServiceDefinition<IdentityConfig, IdentityContext> = {
  name: 'identity',
  configSchema: identityConfigSchema,
  entities: [AccountEntity, AccountUnitEntity, LoginThrottleEntity, AuthEventEntity],
  migrations,
  buildSchema: buildIdentitySchema,
  async setup(config) {
    const issuer = await AccessTokenIssuer.fromPem(
      config.ACCESS_TOKEN_PRIVATE_KEY,
      config.ACCESS_TOKEN_PUBLIC_KEY,
      config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const throttle = createLoginThrottle(config.DATABASE_URL);
    return {
      createContext: contextFactory(issuer, throttle),
      routes: (app) => {
        // public: the gateway and other agencies verify access tokens with it
        app.get('/.well-known/jwks.json', async (_request, reply) =>
          reply.header('cache-control', 'public, max-age=300').send(issuer.jwks()),
        );
      },
      publicPaths: ['/.well-known/jwks.json'],
      close: () => throttle.close(),
    };
  },
  seedDemo: seedDemoAccounts,
};
