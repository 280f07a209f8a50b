import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { InternalTokenSigner } from '@tjxf/tokens';
import { GraphQLError } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import type { GatewayContext } from './context.js';
import { deliveryOfFailure, deliveryOfStatus, unavailableFetchErrors } from './unavailable.js';

/** Defaults of the connection pool to the subgraphs. */
export const SUBGRAPH_POOL = {
  /** Kept-alive connections per subgraph: enough for the gateway's concurrency on two cores. */
  connections: 64,
  keepAliveTimeoutMs: 30_000,
  /** A subgraph that does not answer in this time fails the request, not the gateway. */
  timeoutMs: 30_000,
} as const;

/**
 * One pool for all subgraphs of a gateway (undici's request API: no WHATWG streams on the hot
 * path); the gateway closes it when it stops, so no kept-alive connection outlives it.
 */
export const subgraphPool = () =>
  new Agent({
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
 *
 * A subgraph that does not answer (refused, reset, timed out, 502/503/504) fails only the
 * fields it was to fill: they come back null with SERVICE_UNAVAILABLE errors (retryable, with
 * the service and whether the request reached it), never as an internal error.
 */
export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly origin: string;
  private readonly path: string;

  constructor(
    private readonly name: string,
    url: string,
    private readonly signer: InternalTokenSigner,
    private readonly pool: Dispatcher,
  ) {
    const parsed = new URL(url);
    this.origin = parsed.origin;
    this.path = parsed.pathname;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    const context = options.context as Partial<GatewayContext>;
    if (!context.viewer) throw new Error('gateway context without a viewer');
    const { query, variables, operationName } = options.request;
    const token = await this.signer.sign(context.viewer);
    let statusCode: number;
    let text: string;
    try {
      const response = await this.pool.request({
        origin: this.origin,
        path: this.path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(context.requestId ? { 'x-request-id': context.requestId } : {}),
        },
        body: JSON.stringify({ query, variables, operationName }),
      });
      statusCode = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      const delivery = deliveryOfFailure(error);
      if (!delivery) throw error;
      return { errors: unavailableFetchErrors(this.name, delivery, options) as Response['errors'] };
    }
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
    const delivery = deliveryOfStatus(statusCode);
    if (delivery) return { errors: unavailableFetchErrors(this.name, delivery, options) as Response['errors'] };
    throw new GraphQLError(`The ${this.name} service answered ${statusCode} without a GraphQL result.`, {
      extensions: { code: 'SUBGRAPH_ERROR' },
    });
  }
}
