import { appEnv, flag, host, pemKey, port, z } from '@tjxf/config';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

const url = z.string().url();

export const gatewayConfigSchema = z
  .object({
    APP_ENV: appEnv,
    HOST: host,
    PORT: port(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    IDENTITY_URL: url,
    UNITS_URL: url,
    PETITIONS_URL: url,
    OFFICIALS_URL: url,
    STATS_URL: url,
    /** Where access tokens' public keys are published; by default the identity service's. */
    ACCESS_TOKEN_JWKS_URL: url.optional(),
    INTERNAL_TOKEN_PRIVATE_KEY: pemKey,
    /** Folder holding the portals (`<name>/dist`); the repository's `portals/` by default. */
    PORTALS_DIR: z.string().optional(),
    /** Secure cookies need HTTPS; on by default outside development. */
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    /** Requests per minute per client address; 0 turns the limit off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(3000),
    /** Loopback callers skip the limit: on by default in development (npm start, npm run bench). */
    RATE_LIMIT_EXEMPT_LOOPBACK: z.enum(['true', 'false']).optional(),
    INTROSPECTION: flag(false),
  })
  .transform((env) => {
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((name) => [name, env[`${name.toUpperCase()}_URL` as `${Uppercase<SubgraphName>}_URL`]]),
    ) as Record<SubgraphName, string>;
    return {
      appEnv: env.APP_ENV,
      host: env.HOST,
      port: env.PORT,
      logLevel: env.LOG_LEVEL,
      subgraphUrls,
      jwksUrl: env.ACCESS_TOKEN_JWKS_URL ?? new URL('/.well-known/jwks.json', env.IDENTITY_URL).href,
      internalTokenPrivateKey: env.INTERNAL_TOKEN_PRIVATE_KEY,
      portalsDir: env.PORTALS_DIR ?? new URL('../../portals/', import.meta.url).pathname,
      cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.APP_ENV === 'production',
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      rateLimitExemptLoopback: env.RATE_LIMIT_EXEMPT_LOOPBACK
        ? env.RATE_LIMIT_EXEMPT_LOOPBACK === 'true'
        : env.APP_ENV === 'development',
      introspection: env.APP_ENV === 'development' || env.INTROSPECTION,
    };
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
