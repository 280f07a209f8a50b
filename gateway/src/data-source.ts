import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { InternalTokenSigner } from '@tjxf/tokens';
import type { GatewayContext } from './context.js';

/** Node's own fetch: its connection pool keeps connections to the subgraphs alive. */
const keepAliveFetch = globalThis.fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/**
 * Forwards an operation to a subgraph with the caller in a short-lived token signed by the
 * gateway (never the caller's own token or cookie).
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signer: InternalTokenSigner,
  ) {
    super({ url, fetcher: keepAliveFetch });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('viewer' in context) || !context.viewer) throw new Error('gateway context without a viewer');
    request.http?.headers.set('authorization', `Bearer ${await this.signer.sign(context.viewer)}`);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}
