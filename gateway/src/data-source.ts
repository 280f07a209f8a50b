import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { InternalTokenSigner } from '@tjxf/tokens';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import type { GatewayContext } from './context.js';

/** Defaults of the connection pool to the subgraphs. */
export const SUBGRAPH_POOL = {
  /** Kept-alive connections per subgraph: enough for the gateway's concurrency on two cores. */
  connections: 64,
  keepAliveTimeoutMs: 30_000,
  /** A subgraph that does not answer in this time fails the request, not the gateway. */
  timeoutMs: 30_000,
} as const;

/** One pool for all subgraphs (undici's request API: no WHATWG streams on the hot path). */
const agent = new Agent({
  connections: SUBGRAPH_POOL.connections,
  keepAliveTimeout: SUBGRAPH_POOL.keepAliveTimeoutMs,
  bodyTimeout: SUBGRAPH_POOL.timeoutMs,
  headersTimeout: SUBGRAPH_POOL.timeoutMs,
});

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Sends an operation to a subgraph with the caller in a short-lived token signed by the
 * gateway (never the caller's own token or cookie). It uses undici's request API rather than
 * RemoteGraphQLDataSource's fetch: the gateway is the platform's first limit, and fetch's
 * streams and Request objects were a good part of each call (docs/performance.md).
 */
export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly origin: string;
  private readonly path: string;

  constructor(
    private readonly name: string,
    url: string,
    private readonly signer: InternalTokenSigner,
  ) {
    const parsed = new URL(url);
    this.origin = parsed.origin;
    this.path = parsed.pathname;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    const context = options.context as Partial<GatewayContext>;
    if (!context.viewer) throw new Error('gateway context without a viewer');
    const { query, variables, operationName } = options.request;
    const response = await agent.request({
      origin: this.origin,
      path: this.path,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await this.signer.sign(context.viewer)}`,
        ...(context.requestId ? { 'x-request-id': context.requestId } : {}),
      },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const text = await response.body.text();
    let body: Response | undefined;
    try {
      body = JSON.parse(text) as Response;
    } catch {
      body = undefined;
    }
    if (body && typeof body === 'object' && (body.data !== undefined || body.errors?.length)) {
      // coded refusals from the subgraph (its 401, a 400 for bad variables) keep their codes
      return body;
    }
    throw new GraphQLError(`The ${this.name} service answered ${response.statusCode} without a GraphQL result.`, {
      extensions: { code: 'SUBGRAPH_ERROR' },
    });
  }
}
