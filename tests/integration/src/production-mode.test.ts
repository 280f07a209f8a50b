import { ConfigError, parseConfig } from '@tjxf/config';
import { gatewayConfigSchema } from '@tjxf/gateway';
import { startPlatform, type ExtraGateway, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
let production: ExtraGateway;
let development: ExtraGateway;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  [production, development] = await Promise.all([
    platform.startGateway({ APP_ENV: 'production' }),
    platform.startGateway({ APP_ENV: 'development' }),
  ]);
});
afterAll(() => platform?.stop());

async function post(gateway: ExtraGateway, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { response, ...body };
}

const LOGIN = 'mutation { login(username: "citizen", password: "Demo#2026") { accessToken } }';

describe('production mode (APP_ENV=production, issue 8)', () => {
  it('keeps introspection off (on in development)', async () => {
    const query = '{ __schema { queryType { name } } }';
    const refused = await post(production, query);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post(development, query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('suggests no field names in errors (development does)', async () => {
    const query = '{ categorie { code } }';
    const refused = await post(production, query);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).not.toMatch(/did you mean|categories/i);
    expect((await post(development, query)).errors?.[0]?.message).toMatch(/Did you mean "categories"/);
  });

  it('sets the session cookie Secure (not in development, which runs on plain HTTP)', async () => {
    const cookieMode = { 'x-tjxf-session': 'cookie' };
    const secure = (await post(production, LOGIN, cookieMode)).response.headers.get('set-cookie');
    expect(secure).toMatch(/^tjxf_session=[^;]+;.*\bSecure\b/i);
    const plain = (await post(development, LOGIN, cookieMode)).response.headers.get('set-cookie');
    expect(plain).toMatch(/^tjxf_session=/);
    expect(plain).not.toMatch(/\bSecure\b/i);
  });

  it('sends HSTS on the API, the portals and the uploads (not in development)', async () => {
    for (const path of ['/graphql', '/', '/healthz', '/uploads']) {
      const response = await fetch(
        `${production.url}${path}`,
        path === '/' || path === '/healthz' ? {} : { method: 'POST' },
      );
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      await response.body?.cancel();
    }
    const plain = await fetch(`${development.url}/`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('refuses to start with introspection turned on', () => {
    const env = {
      APP_ENV: 'production',
      INTROSPECTION: 'true',
      INTERNAL_TOKEN_PRIVATE_KEY: platform.keys.internal.privateKey,
      SERVICE_TOKEN_PRIVATE_KEY: platform.keys.services.gateway!.privateKey,
      ...Object.fromEntries(
        ['IDENTITY', 'UNITS', 'PETITIONS', 'OFFICIALS', 'STATS'].map((n) => [`${n}_URL`, 'http://127.0.0.1:1']),
      ),
    };
    expect(() => parseConfig(gatewayConfigSchema, env)).toThrow(ConfigError);
    expect(() => parseConfig(gatewayConfigSchema, { ...env, APP_ENV: 'test' })).not.toThrow();
  });
});

describe('text messages outside development (issue 10)', () => {
  it('refuses to send a one-time code while no SMS provider is configured, saying so, not pretending', async () => {
    const phone = `199${String(Date.now()).slice(-8)}`;
    const result = await platform.graphql<{ requestVerificationCode: boolean }>(
      'mutation ($phone: String!) { requestVerificationCode(phone: $phone) }',
      { phone },
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'VERIFICATION_UNAVAILABLE',
      retryAfterSeconds: 60,
    });
  });
});
