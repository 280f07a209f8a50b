import { ConfigError, parseConfig } from '@tjxf/config';
import { gatewayConfigSchema } from '@tjxf/gateway';
import { startPlatform, type ExtraGateway, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

/** A gateway allowing 3 requests a minute per client, loopback included. */
const limitedGateway = (env: Record<string, string> = {}) =>
  platform.startGateway({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_EXEMPT_LOOPBACK: 'false', ...env });

/** Four requests at once, each claiming to be forwarded for the address given. */
async function burst(gateway: ExtraGateway, forwardedFor: (i: number) => string) {
  const answers = await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
        body: JSON.stringify({ query: '{ categories { code } }' }),
      }),
    ),
  );
  return answers.map((a) => a.status).sort();
}

describe('behind a reverse proxy, limits count per real client (issue 8)', () => {
  it('ignores X-Forwarded-For by default: a client cannot escape its limit by inventing addresses', async () => {
    const gateway = await limitedGateway();
    try {
      expect(await burst(gateway, (i) => `198.51.100.${i + 1}`)).toEqual([200, 200, 200, 429]);
    } finally {
      await gateway.close();
    }
  });

  it('counts each forwarded client on its own when the proxy is trusted', async () => {
    const gateway = await limitedGateway({ TRUSTED_PROXIES: '127.0.0.1' });
    try {
      expect(await burst(gateway, (i) => `198.51.100.${i + 1}`)).toEqual([200, 200, 200, 200]);
      expect(await burst(gateway, () => '198.51.100.99')).toEqual([200, 200, 200, 429]);
    } finally {
      await gateway.close();
    }
  });

  it('refuses to start with a proxy that is not an address or a range', () => {
    const env = (proxies: string) => ({
      INTERNAL_TOKEN_PRIVATE_KEY: platform.keys.internal.privateKey,
      SERVICE_TOKEN_PRIVATE_KEY: platform.keys.services.gateway!.privateKey,
      ...Object.fromEntries(
        ['IDENTITY', 'UNITS', 'PETITIONS', 'OFFICIALS', 'STATS'].map((n) => [`${n}_URL`, 'http://127.0.0.1:1']),
      ),
      TRUSTED_PROXIES: proxies,
    });
    for (const wrong of ['proxy.example', '10.0.0.0/33', '127.0.0.1/8/8'])
      expect(() => parseConfig(gatewayConfigSchema, env(wrong)), wrong).toThrow(ConfigError);
    expect(parseConfig(gatewayConfigSchema, env('10.0.0.0/8, loopback, ::1')).trustedProxies).toEqual([
      '10.0.0.0/8',
      'loopback',
      '::1',
    ]);
  });
});
