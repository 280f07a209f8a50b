import {
  INTERNAL_TOKEN_ALG,
  anonymousViewer,
  generatePemKeyPair,
  InternalTokenSigner,
  ServiceTokenSigner,
} from '@tjxf/tokens';
import { startPlatform, type ServiceName, type TestPlatform } from '@tjxf/test-kit';
import { SignJWT, importPKCS8 } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

const admin = {
  ...anonymousViewer('127.0.0.1'),
  accountId: '0193c2a0-0000-7000-8000-000000000099',
  username: 'admin',
  roles: ['ADMIN' as const],
};

const PROBES: Record<ServiceName, string> = {
  identity: '{ viewer { id } }',
  units: '{ units { id name } }',
  petitions: '{ petitions { totalCount } }',
  officials: '{ officials { id } }',
  stats: '{ kpiWeights { kpi } }',
};
const FEDERATION_PROBES = [
  '{ _service { sdl } }',
  '{ _entities(representations: [{ __typename: "Unit", id: "00000000-0000-0000-0000-000000000000" }]) { __typename } }',
];

async function expectNothing(url: string, query: string, token?: string) {
  const result = await platform.graphql(query, {}, { url, ...(token ? { token } : {}) });
  expect(result.status).toBe(401);
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

describe('subgraphs trust only the gateway', () => {
  const services = Object.keys(PROBES) as ServiceName[];

  it.each(services)('%s answers nothing when called directly without a token', async (name) => {
    const url = platform.services[name].url;
    for (const query of [PROBES[name], ...FEDERATION_PROBES]) await expectNothing(url, query);
  });

  it.each(services)('%s answers nothing to a token signed by another key', async (name) => {
    const other = await generatePemKeyPair(INTERNAL_TOKEN_ALG);
    const forged = await (await InternalTokenSigner.fromPem(other.privateKey)).sign(admin);
    for (const query of [PROBES[name], ...FEDERATION_PROBES])
      await expectNothing(platform.services[name].url, query, forged);
  });

  it.each(services)('%s answers nothing to an expired gateway token', async (name) => {
    const key = await importPKCS8(platform.keys.internal.privateKey, INTERNAL_TOKEN_ALG);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ viewer: admin })
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG })
      .setIssuer('tjxf-gateway')
      .setAudience('tjxf-subgraphs')
      .setIssuedAt(now - 300)
      .setExpirationTime(now - 240)
      .sign(key);
    for (const query of [PROBES[name], ...FEDERATION_PROBES])
      await expectNothing(platform.services[name].url, query, expired);
  });

  it('answers a valid gateway token (the control case)', async () => {
    const token = await (await InternalTokenSigner.fromPem(platform.keys.internal.privateKey)).sign(admin);
    const result = await platform.graphql('{ _service { sdl } }', {}, { url: platform.services.units.url, token });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ _service: { sdl: expect.stringContaining('type Unit') } });
  });

  it('does not pass the caller’s own token on to subgraphs', async () => {
    const userToken = await platform.login('xfb.hexi');
    await expectNothing(platform.services.petitions.url, PROBES.petitions, userToken);
  });
});

describe('internal routes answer only trusted services (the unit directory)', () => {
  const directoryUrl = () => new URL('/internal/directory', platform.services.units.url).href;
  const get = (token?: string) => fetch(directoryUrl(), token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('refuses no token, the gateway’s token for a user, and a service token signed with another key', async () => {
    expect((await get()).status).toBe(401);
    const gatewayToken = await (await InternalTokenSigner.fromPem(platform.keys.internal.privateKey)).sign(admin);
    expect((await get(gatewayToken)).status).toBe(401);
    const stranger = await generatePemKeyPair(INTERNAL_TOKEN_ALG);
    const forged = await (await ServiceTokenSigner.fromPem('petitions', stranger.privateKey)).token();
    expect((await get(forged)).status).toBe(401);
  });

  it('gives the petitions subgraph each unit with its rule set and the units that review it', async () => {
    const token = await (
      await ServiceTokenSigner.fromPem('petitions', platform.keys.services.petitions!.privateKey)
    ).token();
    const response = await get(token);
    expect(response.status).toBe(200);
    const { units } = (await response.json()) as {
      units: {
        id: string;
        name: string;
        ruleSetCode: string;
        reviewUnitId: string | null;
        reReviewUnitId: string | null;
      }[];
    };
    const byName = new Map(units.map((u) => [u.name, u]));
    const housing = byName.get('河西区住房和建设委员会')!;
    expect(housing.ruleSetCode).toBe('national-2022');
    expect(housing.reviewUnitId).toBe(byName.get('河西区人民政府')!.id);
    expect(housing.reReviewUnitId).toBe(byName.get('天津市人民政府')!.id);
    expect(byName.get('滨海新区住房和建设委员会')!.ruleSetCode).toBe('tianjin-31530');
  });
});
