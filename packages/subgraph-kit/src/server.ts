import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@tjxf/db-kit';
import { ErrorCode } from '@tjxf/domain';
import { reasonMessage } from '@tjxf/i18n/reasons';
import type { InternalTokenVerifier, ServiceTokenVerifier, Viewer } from '@tjxf/tokens';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context.js';
import { formatError } from './errors.js';
import { Loaders } from './loaders.js';

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: Viewer;
    /** For `/internal/…` routes: the service that called. */
    callingService?: string;
  }
}

/** Defaults of {@link startSubgraphServer}. */
export const SUBGRAPH_SERVER_DEFAULTS = {
  host: '127.0.0.1',
  /** Large enough for 1 MB of Chinese text in a variable, so that it is refused with a code. */
  bodyLimitBytes: 4 * 1024 * 1024,
  logLevel: 'info',
} as const;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifier: InternalTokenVerifier;
  /** Who may call `/internal/…` routes: other services, with their own keys; nobody if absent. */
  serviceVerifier?: ServiceTokenVerifier;
  /** Adds the service's own parts (its services, per-request state) to the base context. */
  createContext?: (base: BaseContext) => TContext | Promise<TContext>;
  /** Extra routes outside /graphql; they too answer the gateway only, unless listed as public. */
  routes?: (app: FastifyInstance) => void | Promise<void>;
  /** Paths anyone may call (besides /healthz), e.g. the identity service's JWKS. */
  publicPaths?: string[];
  /** Details added to `/healthz`'s answer. */
  health?: () => Promise<Record<string, unknown>>;
  host?: string;
  port: number;
  logLevel?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const unauthenticatedBody = JSON.stringify({
  errors: [
    {
      message: reasonMessage('CALLER_NOT_TRUSTED'),
      extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'CALLER_NOT_TRUSTED' },
    },
  ],
});

/**
 * Serves a subgraph: Apollo Server 5 on Fastify, /graphql and every other route for the
 * gateway only (a valid internal token or nothing, `_service` and `_entities` included),
 * /healthz and the listed public paths for anyone.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const app = Fastify({
    logger: { level: options.logLevel ?? SUBGRAPH_SERVER_DEFAULTS.logLevel, name: options.name },
    bodyLimit: SUBGRAPH_SERVER_DEFAULTS.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    logController: new LogController({ disableRequestLogging: true }),
  });

  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (e) => app.log.error({ err: e }, 'unexpected error in a resolver'), options.name),
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const publicPaths = new Set(['/healthz', ...(options.publicPaths ?? [])]);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (publicPaths.has(path)) return;
    const header = request.headers.authorization;
    if (path.startsWith('/internal/')) {
      const service = await options.serviceVerifier?.verify(
        header?.startsWith('Bearer ') ? header.slice(7) : undefined,
      );
      if (!service) return reply.code(401).header('content-type', 'application/json').send(unauthenticatedBody);
      request.callingService = service;
      return;
    }
    const viewer = await options.verifier.verify(header?.startsWith('Bearer ') ? header.slice(7) : undefined);
    if (!viewer) {
      return reply.code(401).header('content-type', 'application/json').send(unauthenticatedBody);
    }
    request.viewer = viewer;
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await options.orm.em.getConnection().execute('select 1');
      return { status: 'ok', service: options.name, ...(await options.health?.()) };
    } catch {
      return reply.code(503).send({ status: 'unavailable', service: options.name });
    }
  });

  await options.routes?.(app);

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['POST'],
    context: async (request) => {
      const base: BaseContext = {
        viewer: request.viewer!,
        em: options.orm.em.fork(),
        loaders: new Loaders(),
        requestId: request.id,
        log: request.log,
      };
      return options.createContext ? options.createContext(base) : (base as TContext);
    },
  });

  const address = await app.listen({ host: options.host ?? SUBGRAPH_SERVER_DEFAULTS.host, port: options.port });
  return {
    name: options.name,
    url: `${address}/graphql`,
    app,
    close: async () => {
      // Node closes the keep-alive connections idle when closing starts; one busy then would stay
      // open after its response until its keep-alive timeout (72 s), so close each once idle
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
    },
  };
}
