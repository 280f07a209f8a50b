import { isIP } from 'node:net';
import { appEnv, flag, host, pemKey, port, z } from '@tjxf/config';
import { SESSION_REVOCATION_DEFAULTS } from './revoked-sessions.js';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

const url = z.string().url();

/** Names of address ranges Fastify's trustProxy (proxy-addr) knows besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** A comma-separated list of the reverse proxies whose X-Forwarded-For is believed; none by default. */
const trustedProxies = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const entries = (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const wrong = entries.find((entry) => !isProxyAddress(entry));
    if (wrong) {
      ctx.addIssue({
        code: 'custom',
        message: `"${wrong}" is not an IP address, a CIDR range, or one of ${PROXY_RANGE_NAMES.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

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
    /** The gateway's own service key: it reads revoked sessions from the identity service with it. */
    SERVICE_TOKEN_PRIVATE_KEY: pemKey,
    /** The identity service's base URL for internal routes; by default that of IDENTITY_URL. */
    IDENTITY_INTERNAL_URL: url.optional(),
    /** How often revoked sessions are fetched (at most a minute: logout takes effect within it). */
    SESSION_REVOCATION_POLL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(60_000)
      .default(SESSION_REVOCATION_DEFAULTS.pollIntervalMs),
    /** How old the list may grow while identity does not answer, before sessions are refused. */
    SESSION_REVOCATION_MAX_AGE_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .max(60_000)
      .default(SESSION_REVOCATION_DEFAULTS.maxAgeMs),
    /** Folder holding the portals (`<name>/dist`); the repository's `portals/` by default. */
    PORTALS_DIR: z.string().optional(),
    /** Secure cookies need HTTPS; on by default outside development. */
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    /** Requests per minute per client address; 0 turns the limit off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(3000),
    /** Loopback callers skip the limit: on by default in development (npm start, npm run bench). */
    RATE_LIMIT_EXEMPT_LOOPBACK: z.enum(['true', 'false']).optional(),
    INTROSPECTION: flag(false),
    /**
     * The reverse proxies in front of the gateway (addresses, CIDR ranges, `loopback`…): the
     * client address they forward is then the one limits and throttles count. None by default.
     */
    TRUSTED_PROXIES: trustedProxies,
  })
  .refine((env) => !(env.APP_ENV === 'production' && env.INTROSPECTION), {
    path: ['INTROSPECTION'],
    message: 'introspection stays off in production; clients use gateway/api-schema.graphql',
  })
  .refine((env) => env.SESSION_REVOCATION_MAX_AGE_MS >= env.SESSION_REVOCATION_POLL_MS, {
    message: 'must not be shorter than SESSION_REVOCATION_POLL_MS',
    path: ['SESSION_REVOCATION_MAX_AGE_MS'],
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
      serviceTokenPrivateKey: env.SERVICE_TOKEN_PRIVATE_KEY,
      identityInternalUrl: env.IDENTITY_INTERNAL_URL ?? new URL(env.IDENTITY_URL).origin,
      sessionRevocation: {
        pollIntervalMs: env.SESSION_REVOCATION_POLL_MS,
        maxAgeMs: env.SESSION_REVOCATION_MAX_AGE_MS,
      },
      portalsDir: env.PORTALS_DIR ?? new URL('../../portals/', import.meta.url).pathname,
      cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.APP_ENV === 'production',
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      rateLimitExemptLoopback: env.RATE_LIMIT_EXEMPT_LOOPBACK
        ? env.RATE_LIMIT_EXEMPT_LOOPBACK === 'true'
        : env.APP_ENV === 'development',
      introspection: env.APP_ENV === 'development' || env.INTROSPECTION,
      trustedProxies: env.TRUSTED_PROXIES,
    };
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
