import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
let root: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  root = platform.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => platform?.stop());

describe('the gateway protects the platform', () => {
  it('keeps introspection off outside development', async () => {
    const result = await platform.graphql('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation nested deeper than the limit', async () => {
    const deep = `{ units { ${'children { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const result = await platform.graphql(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses an operation with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: units { id }`).join(' ');
    const result = await platform.graphql(`{ ${aliases} }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('gives a coded error, not a crash, for malformed JSON and unknown fields', async () => {
    const malformed = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const unknown = await platform.graphql('{ noSuchField }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers /healthz with every subgraph up', async () => {
    const response = await fetch(`${root}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      subgraphs: { identity: 'ok', units: 'ok', petitions: 'ok', officials: 'ok', stats: 'ok' },
    });
  });

  it('links the four portals from /', async () => {
    const response = await fetch(`${root}/`);
    const html = await response.text();
    for (const portal of ['citizen', 'workbench', 'leadership', 'liaison'])
      expect(html).toContain(`href="/${portal}/"`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sets the session as an HttpOnly cookie for portals, and clears it on logout', async () => {
    const login = await platform.graphql<{ login: { accessToken: string; account: { username: string } } }>(
      'mutation { login(username: "citizen", password: "Demo#2026") { accessToken account { username } } }',
      {},
      { headers: { 'x-tjxf-session': 'cookie' } },
    );
    expect(login.data?.login).toEqual({ accessToken: '', account: { username: 'citizen' } });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tjxf_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    const viewer = await platform.graphql<{ viewer: { username: string } }>(
      '{ viewer { username } }',
      {},
      { headers: { cookie: session } },
    );
    expect(viewer.data?.viewer.username).toBe('citizen');
    const logout = await platform.graphql(
      'mutation { logout }',
      {},
      { headers: { cookie: session, 'x-tjxf-session': 'cookie' } },
    );
    expect(logout.headers.get('set-cookie')).toMatch(/tjxf_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('runs nothing a page of another site could send with the portal cookie (CSRF)', async () => {
    const login = await platform.graphql(
      'mutation { login(username: "citizen", password: "Demo#2026") { accessToken } }',
      {},
      { headers: { 'x-tjxf-session': 'cookie' } },
    );
    const session = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const logout = JSON.stringify({ query: 'mutation { logout }' });
    // what a form or a no-cors fetch of another origin can send without a preflight
    const simple: [string, RequestInit][] = [
      ['text/plain', { method: 'POST', body: logout, headers: { 'content-type': 'text/plain', cookie: session } }],
      [
        'a form',
        {
          method: 'POST',
          body: new URLSearchParams({ query: 'mutation { logout }' }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session },
        },
      ],
      ['GET', { method: 'GET', headers: { cookie: session } }],
    ];
    for (const [label, init] of simple) {
      const url =
        label === 'GET'
          ? `${platform.gatewayUrl}?query=${encodeURIComponent('mutation { logout }')}`
          : platform.gatewayUrl;
      const response = await fetch(url, init);
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
    }
    // the session was not ended by any of them
    const viewer = await platform.graphql<{ viewer: { username: string } | null }>(
      '{ viewer { username } }',
      {},
      { headers: { cookie: session } },
    );
    expect(viewer.data?.viewer?.username).toBe('citizen');
  });

  it('reports 503 on /healthz when a subgraph is down', async () => {
    await platform.stopService('stats');
    // the gateway reuses its probes' answer for a moment (issue 16: probes must not pile up)
    await expect.poll(async () => (await fetch(`${root}/healthz`)).status, { timeout: 3000, interval: 200 }).toBe(503);
    const response = await fetch(`${root}/healthz`);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      subgraphs: { stats: 'unreachable', units: 'ok' },
    });
  });
});
