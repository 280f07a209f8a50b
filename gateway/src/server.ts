import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { CaseFileRenderer } from '@tjxf/case-file';
import { ErrorCode } from '@tjxf/domain';
import { AccessTokenVerifier, InternalTokenSigner, type Viewer } from '@tjxf/tokens';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.js';
import { SignedDataSource, subgraphPool } from './data-source.js';
import { edgeValidationPlugin, SupportedOperationTypeRule } from './edge-validation.js';
import { formatGatewayError, refusalError, registerErrorHandler } from './errors.js';
import { registerAttachmentsProxy } from './attachments-proxy.js';
import { registerCaseFileRoute } from './case-file-route.js';
import { registerExportsRoute } from './exports-route.js';
import { registerDevMessages } from './dev-messages.js';
import { registerHealth, SubgraphHealth } from './health.js';
import { registerPortals } from './portals.js';
import { RevokedSessions } from './revoked-sessions.js';
import { COOKIE_SESSION_HEADER, sessionCookiePlugin, type SessionContext } from './session-plugin.js';
import { identifyCaller, refuseCaller, type SessionCheck } from './session.js';
import type { SubgraphName } from './subgraphs.js';

/** Operation limits (graphql-armor). Portals' deepest query is far below these. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 5000,
  bodyLimitBytes: 4 * 1024 * 1024,
} as const;

/** How the gateway stops (SIGTERM): in-flight requests get this long before their connections are cut. */
export const SHUTDOWN_DEFAULTS = {
  drainMs: 10_000,
  /** The whole stop, subgraph connections included; past it the process exits anyway. */
  timeoutMs: 15_000,
} as const;

/** HSTS when served over HTTPS: a year, subdomains included (helmet's default). */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Viewer;
  }
}

export interface RunningGateway {
  url: string;
  app: FastifyInstance;
  /**
   * Stops gracefully: no new connection is accepted (a new request on an open one gets 503),
   * requests in flight finish and end their connection (cut after
   * {@link SHUTDOWN_DEFAULTS.drainMs}), then the kept-alive connections to the subgraphs close.
   */
  close(): Promise<void>;
}

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);
/** The public schema (the supergraph without federation internals), for clients and checks. */
export const API_SCHEMA_FILE = new URL('../api-schema.graphql', import.meta.url);

/** The one public entry: authenticates, limits, routes to subgraphs, serves the portals. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true'; // the gateway must not call out to Apollo
  const [supergraphSdl, signer] = await Promise.all([
    readFile(SUPERGRAPH_FILE, 'utf8'),
    InternalTokenSigner.fromPem(config.internalTokenPrivateKey),
  ]);
  const verifier = AccessTokenVerifier.remote(config.jwksUrl);

  const app = Fastify({
    logger: { level: config.logLevel, name: 'gateway' },
    bodyLimit: OPERATION_LIMITS.bodyLimitBytes,
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    // behind the configured proxies, request.ip is the client they forward: limits count per client
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
  });
  if (config.cookieSecure) {
    // served over HTTPS (what Secure cookies need): browsers are told to keep to it, API included
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    });
  }
  registerErrorHandler(app);
  let draining = false;
  app.addHook('onSend', async (_request, reply) => {
    // stopping: answers in flight end their connection, so the server is not kept open by keep-alive
    if (draining) reply.header('connection', 'close');
  });
  const revoked = await RevokedSessions.fromIdentity(
    config.identityInternalUrl,
    config.serviceTokenPrivateKey,
    config.sessionRevocation,
    (error) => app.log.warn({ error }, 'revoked sessions could not be fetched from the identity service'),
  );
  await revoked.start();
  const sessions: SessionCheck = { tokens: verifier, revoked, cookieSecure: config.cookieSecure };
  await app.register(fastifyCookie);
  if (config.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      ...(config.rateLimitExemptLoopback ? { allowList: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] } : {}),
      errorResponseBuilder: (_req, context) => ({
        statusCode: 429,
        errors: [refusalError(ErrorCode.RATE_LIMITED, 'TOO_MANY_REQUESTS', { seconds: Math.ceil(context.ttl / 1000) })],
      }),
    });
  }

  const pool = subgraphPool();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new SignedDataSource(name, config.subgraphUrls[name as SubgraphName], signer, pool),
  });
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // counted by graphql-js's own parser instead (parseOptions): a coded 400, not a 500
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<SessionContext>({
    gateway,
    introspection: config.introspection,
    stopOnTerminationSignals: false, // main.ts stops the whole gateway, Apollo last
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    validationRules: [SupportedOperationTypeRule, ...protection.validationRules],
    formatError: (formatted) =>
      formatGatewayError(formatted, (error) => app.log.error({ error }, 'unexpected error behind the gateway')),
    plugins: [
      ...(protection.plugins as never[]),
      edgeValidationPlugin(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      sessionCookiePlugin(config.cookieSecure, revoked),
    ],
  });
  await apollo.start();

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const caller = await identifyCaller(request, reply, sessions);
    if ('rejected' in caller) return refuseCaller(reply, caller);
    request.caller = caller.viewer;
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['POST'],
    context: async (request, reply) => ({
      viewer: request.caller!,
      requestId: request.id,
      reply,
      cookieMode: request.headers[COOKIE_SESSION_HEADER] === 'cookie',
    }),
  });
  await registerAttachmentsProxy(app, config.subgraphUrls.petitions, sessions, signer);
  const caseFiles = new CaseFileRenderer();
  registerCaseFileRoute(app, apollo, sessions, caseFiles);
  registerExportsRoute(app, apollo, sessions);
  registerHealth(app, new SubgraphHealth(config.subgraphUrls, pool));
  // never outside development: the one-time codes a developer would otherwise receive by SMS
  if (config.appEnv === 'development')
    await registerDevMessages(app, config.identityInternalUrl, config.serviceTokenPrivateKey);
  // security headers for what a browser renders (the API answers JSON and needs none of them)
  await app.register(async (scope) => {
    await scope.register(fastifyHelmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false, // set for every route above
    });
    await registerPortals(scope, config.portalsDir);
  });

  const address = await app.listen({ host: config.host, port: config.port });
  return {
    url: address,
    app,
    close: async () => {
      draining = true;
      revoked.stop();
      const cut = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_DEFAULTS.drainMs).unref();
      await app.close(); // stops listening, closes idle connections, waits for those in flight
      clearTimeout(cut);
      await apollo.stop();
      await Promise.all([pool.close(), caseFiles.close()]);
    },
  };
}
