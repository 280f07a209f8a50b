import { Role, unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { InternalTokenSigner, anonymousViewer } from '@tjxf/tokens';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, submit } from './support/petitions.js';

let platform: TestPlatform;
let office: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  office = await platform.login('xfb.hexi');
});
afterAll(() => platform?.stop());

/** A raw POST to /graphql: the body as given, so that malformed requests can be sent. */
async function post(body: unknown, token?: string) {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const result = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  return { status: response.status, ...result };
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('bad requests get a coded refusal and HTTP 400, never an internal error (issue 8, defect 6)', () => {
  it('refuses a NUL character in a variable, naming the field', async () => {
    const result = await submit(platform, onlineInput({ title: '楼道\u0000垃圾' }));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('refuses a NUL character written into the operation itself', async () => {
    const result = await post({
      query: '{ trackPetition(trackingCode: "K7QA\\u0000", phoneLast4: "5678") { status } }',
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trackingCode' });
  });

  it('refuses a lone surrogate in any text, nested fields included', async () => {
    const petitioner = { name: '李\ud800明', phone: '13800138000' };
    const nested = await submit(platform, onlineInput({ petitioners: [petitioner] }));
    expect(nested.status).toBe(400);
    expect(nested.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.petitioners[0].name',
    });
    const search = await platform.graphql(
      'query S($text: String) { petitions(filter: { text: $text }) { totalCount } }',
      { text: '物业\udc00' },
      { token: office },
    );
    expect(search.status).toBe(400);
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('refuses an id that is not a UUID, as a literal or as a variable', async () => {
    const literal = await platform.graphql('{ units(parentId: "120103") { id } }');
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const variable = await platform.graphql(
      'query B($unit: ID) { supervisionOrders(filter: { unitId: $unit }) { id } }',
      { unit: 'not-a-unit' },
      { token: office },
    );
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitId' });
    const inList = await submit(platform, onlineInput({ attachmentIds: ['../../etc/passwd'] }));
    expect(inList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds[0]' });
  });

  it('refuses a crafted `after` cursor with BAD_USER_INPUT', async () => {
    const crafted = [
      cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
      cursorOf(['-271821-04-20T00:00:00.000Z', '0190f5d4-0000-7000-8000-000000000000']),
      cursorOf({ receivedAt: 1 }),
      '%%%',
    ];
    for (const after of crafted) {
      const result = await platform.graphql(
        'query P($after: String) { petitions(first: 5, after: $after) { totalCount } }',
        { after },
        { token: office },
      );
      expect(result.errors?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('asks for an operation name when a document has several operations, or names an unknown one', async () => {
    const document = 'query A { categories { code } } query B { viewer { id } }';
    const unnamed = await post({ query: document });
    expect(unnamed.status).toBe(400);
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const unknown = await post({ query: document, operationName: 'C' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const named = await post({ query: document, operationName: 'B' });
    expect(named).toMatchObject({ status: 200, data: { viewer: null } });
  });

  it('refuses a subscription: the platform serves none', async () => {
    const result = await post({ query: 'subscription { viewer { id } }' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation over the token limit as a malformed request', async () => {
    const result = await post({ query: `{ ${'categories { code } '.repeat(1000)} }` });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a body that is not JSON, or too large, with a coded refusal', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const huge = await post({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses variables of the wrong type with 400', async () => {
    const result = await post({
      query: 'query U($level: UnitLevel) { units(level: $level) { id } }',
      variables: { level: 'PLANET' },
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still accepts ordinary Chinese text, emoji and real ids', async () => {
    const units = await platform.graphql<{ units: { id: string }[] }>('{ units(level: DISTRICT) { id } }');
    const parentId = units.data!.units[0]!.id;
    const children = await platform.graphql('query C($p: ID) { units(parentId: $p) { id } }', { p: parentId });
    expect(children.errors).toBeUndefined();
    const filed = await submit(platform, onlineInput({ title: '楼道垃圾无人清理 🚮 𠀀' }));
    expect(filed.errors).toBeUndefined();
  });
});

describe('behind the edge, the services refuse malformed ids and cursors themselves (issue 8)', () => {
  it('answers a subgraph called with the gateway’s token BAD_USER_INPUT, not a database error', async () => {
    const signer = await InternalTokenSigner.fromPem(platform.keys.internal.privateKey);
    const officer = {
      ...anonymousViewer('127.0.0.1'),
      accountId: '0195e3a4-0000-4000-8000-0000000000aa',
      username: 'xfb.hexi',
      roles: [Role.PETITION_OFFICER],
      units: [{ id: unitIdForKey('120103/xfb'), regionCode: '120103' }],
    };
    const direct = async (service: 'units' | 'petitions', query: string) =>
      platform.graphql(query, {}, { url: platform.services[service].url, token: await signer.sign(officer) });
    const units = await direct('units', '{ units(parentId: "120103") { id } }');
    expect(units.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const board = await direct('petitions', '{ supervisionOrders(filter: { unitId: "x" }) { id } }');
    expect(board.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitId' });
    const page = await direct('petitions', `{ petitions(after: "${cursorOf(['2026-01-01', 'x'])}") { totalCount } }`);
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('person names that deceive are refused (issue 8)', () => {
  it.each([
    ['a right-to-left override', '李\u202e明华'],
    ['a left-to-right mark', '\u200e王芳'],
    ['zero-width characters only', '\u200b\u200d'],
  ])('refuses a petitioner’s name with %s, and an agent’s, naming the field', async (_what, name) => {
    const petitioner = await submit(platform, onlineInput({ petitioners: [{ name, phone: '13800138000' }] }));
    expect(petitioner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'petitioners[0].name' });
    const agent = await submit(
      platform,
      onlineInput({
        agent: {
          name,
          phone: '13900139000',
          relationship: '子女',
          powerOfAttorneyAttachmentId: '0195e3a4-0000-4000-8000-000000000001',
        },
      }),
    );
    expect(agent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agent.name' });
  });
});
