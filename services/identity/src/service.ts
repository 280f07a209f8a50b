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
import { SessionEntity } from './session/session.entity.js';
import { sessionRoutes } from './session/session.routes.js';
import { UnitsClient, noUnitLookup } from './unit-lookup/unit-lookup.js';

/** The identity subgraph: accounts, sign-in, sessions, access tokens and their JWKS. */
export const identityService: ServiceDefinition<IdentityConfig, IdentityContext> = {
  name: 'identity',
  configSchema: identityConfigSchema,
  entities: [AccountEntity, AccountUnitEntity, LoginThrottleEntity, AuthEventEntity, SessionEntity],
  migrations,
  buildSchema: buildIdentitySchema,
  async setup(config, orm) {
    const issuer = await AccessTokenIssuer.fromPem(
      config.ACCESS_TOKEN_PRIVATE_KEY,
      config.ACCESS_TOKEN_PUBLIC_KEY,
      config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const throttle = createLoginThrottle(config.DATABASE_URL);
    const units =
      (await UnitsClient.create(config.UNITS_INTERNAL_URL, config.SERVICE_TOKEN_PRIVATE_KEY)) ?? noUnitLookup;
    return {
      createContext: contextFactory(issuer, throttle, units),
      routes: (app) => {
        sessionRoutes(app, orm);
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
