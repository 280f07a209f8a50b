import type { ServiceDefinition } from '@tjxf/subgraph-kit';
import { AccessTokenIssuer } from '@tjxf/tokens';
import { AccountEntity, AccountUnitEntity } from './account/account.entity.js';
import { AuthEventEntity, LoginThrottleEntity } from './auth/auth.entity.js';
import { createLoginThrottle } from './auth/login-throttle.js';
import { citizenRoutes } from './citizen/citizen.routes.js';
import { identityConfigSchema, type IdentityConfig } from './config.js';
import { contextFactory, type IdentityContext } from './context.js';
import { migrations } from './migrations/index.js';
import { buildIdentitySchema } from './schema.js';
import { seedDemoAccounts } from './seed/index.js';
import { SessionEntity } from './session/session.entity.js';
import { sessionRoutes } from './session/session.routes.js';
import { SESSION_RETENTION, purgeExpiredSessions } from './session/session.service.js';
import { UnitsClient, noUnitLookup } from './unit-lookup/unit-lookup.js';
import { DevelopmentMessageChannel, unconfiguredMessageChannel } from './verification/message-channel.js';
import { createSendThrottle } from './verification/send-throttle.js';
import { CodeHasher } from './verification/verification-code.js';
import { VerificationCodeEntity, VerificationThrottleEntity } from './verification/verification.entity.js';

/** The identity subgraph: accounts, sign-in, sessions, access tokens and their JWKS. */
export const identityService: ServiceDefinition<IdentityConfig, IdentityContext> = {
  name: 'identity',
  configSchema: identityConfigSchema,
  entities: [
    AccountEntity,
    AccountUnitEntity,
    LoginThrottleEntity,
    AuthEventEntity,
    SessionEntity,
    VerificationCodeEntity,
    VerificationThrottleEntity,
  ],
  migrations,
  buildSchema: buildIdentitySchema,
  async setup(config, orm, hooks) {
    const issuer = await AccessTokenIssuer.fromPem(
      config.ACCESS_TOKEN_PRIVATE_KEY,
      config.ACCESS_TOKEN_PUBLIC_KEY,
      config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const throttle = createLoginThrottle(config.DATABASE_URL);
    const units =
      (await UnitsClient.create(config.UNITS_INTERNAL_URL, config.SERVICE_TOKEN_PRIVATE_KEY)) ?? noUnitLookup;
    // text messages: kept for /dev/messages in development; a real SMS provider plugs in here
    const development = config.APP_ENV === 'development' ? new DevelopmentMessageChannel() : null;
    const verification = {
      channel: development ?? unconfiguredMessageChannel,
      hasher: new CodeHasher(config.ACCESS_TOKEN_PRIVATE_KEY),
      throttle: createSendThrottle(config.DATABASE_URL),
      now: hooks.clock ?? (() => new Date()),
    };
    // sessions long expired are cleared hourly by each instance (tests call the round themselves)
    const purgeSessions = (now = new Date()) => purgeExpiredSessions(orm.em, now);
    const purging = hooks.clock
      ? null
      : setInterval(
          () => void purgeSessions().catch((error: unknown) => console.error('expired sessions not cleared', error)),
          SESSION_RETENTION.intervalMs,
        ).unref();
    return {
      createContext: contextFactory({ issuer, throttle, units, verification }),
      rounds: { purgeSessions },
      routes: (app) => {
        sessionRoutes(app, orm);
        development?.logTo((m) => app.log.info({ to: m.to, text: m.text }, 'text message (development: not sent)'));
        citizenRoutes(app, orm, verification, development);
        // public: the gateway and other agencies verify access tokens with it
        app.get('/.well-known/jwks.json', async (_request, reply) =>
          reply.header('cache-control', 'public, max-age=300').send(issuer.jwks()),
        );
      },
      publicPaths: ['/.well-known/jwks.json'],
      close: async () => {
        if (purging) clearInterval(purging);
        await Promise.all([throttle.close(), verification.throttle.close()]);
      },
    };
  },
  seedDemo: seedDemoAccounts,
};
