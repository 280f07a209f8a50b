import { DEMO_PASSWORD } from '@tjxf/identity';
import type { TestPlatform } from './platform.js';

/** Requests to a gateway at `gatewayUrl`: the test kit's own, or one the launcher started. */
export type GatewayClient = Pick<TestPlatform, 'gatewayUrl' | 'graphql' | 'login'>;

export function gatewayClient(gatewayUrl: string): GatewayClient {
  const graphql: TestPlatform['graphql'] = async (query, variables, options = {}) => {
    const response = await fetch(options.url ?? gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as object;
    return { status: response.status, headers: response.headers, ...body } as never;
  };
  return {
    gatewayUrl,
    graphql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await graphql<{ login: { accessToken: string } }>(
        'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        { u: username, p: password },
      );
      if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
  };
}
