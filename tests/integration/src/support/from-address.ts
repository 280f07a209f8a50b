import { request } from 'node:http';
import type { GraphQLResult, TestPlatform } from '@tjxf/test-kit';

/**
 * A GraphQL request to the gateway sent from another loopback address (all of 127.0.0.0/8
 * is this machine), so the throttles see another client: an attacker's address and the
 * owner's are told apart as they would be on a network.
 */
export function graphqlFrom<T = Record<string, unknown>>(
  platform: TestPlatform,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Omit<GraphQLResult<T>, 'headers'>> {
  const url = new URL(platform.gatewayUrl);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, ...JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The error codes of a result, by the alias (or field) they answer. */
export const codesByField = (result: { errors?: GraphQLResult['errors'] }) =>
  (result.errors ?? []).map((e) => ({ field: String(e.path?.[0]), code: e.extensions?.code }));
