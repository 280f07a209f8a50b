import { DEMO_ACCOUNTS } from '@tjxf/identity';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

const VIEWER = `query { viewer { id username displayName roles representativeKind units { id name } } }`;

describe('signing in through the gateway (R-INF1)', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a] as const))(
    '%s signs in and sees its roles and unit',
    async (_name, demo) => {
      const token = await platform.login(demo.username);
      const result = await platform.graphql<{
        viewer: { username: string; roles: string[]; representativeKind: string | null; units: { name: string }[] };
      }>(VIEWER, {}, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data?.viewer.username).toBe(demo.username);
      expect(result.data?.viewer.roles).toEqual([demo.role]);
      expect(result.data?.viewer.representativeKind).toBe(demo.representativeKind ?? null);
      // the unit's name comes from the units subgraph: the path crosses two subgraphs
      expect(result.data?.viewer.units.map((u) => u.name)).toEqual(demo.unitName ? [demo.unitName] : []);
    },
  );

  it('refuses a wrong password with UNAUTHENTICATED and no token', async () => {
    const result = await platform.graphql(
      'mutation { login(username: "xfb.hexi", password: "wrong-password") { accessToken } }',
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for an unknown username, so usernames cannot be probed', async () => {
    const result = await platform.graphql(
      'mutation { login(username: "nobody.here", password: "Demo#2026") { accessToken } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/Wrong username or password/);
  });

  it('gives an anonymous caller a null viewer', async () => {
    const result = await platform.graphql(VIEWER);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ viewer: null });
  });

  it('refuses a forged bearer token with UNAUTHENTICATED', async () => {
    const result = await platform.graphql(VIEWER, {}, { token: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
