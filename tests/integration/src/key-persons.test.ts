import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/demo.js';
import { countRows, onlineInput, submit } from './support/petitions.js';

// R-P5, issue 11: the key-person register a petition office keeps for its area. Marked with
// a stated basis and a review date, removed with a reason; every listing and change logged,
// the log read by the area's leaders; intake flags a marked person's petition.
let platform: TestPlatform;
let tokens: Record<'xfb.hexi' | 'xfb.city' | 'leader.hexi' | 'handler.hexi.zj', string>;
const person = { name: '邵永强', phone: '13655667788', idNumber: '120103198003151233' };
const inDays = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const basis = '近三个月内三次扬言到市政府门前聚集，情绪激动，需重点关注。';

const ADD = `mutation A($input: AddKeyPersonInput!) {
  addKeyPerson(input: $input) { id name phoneMasked idNumberMasked basis reviewOn unit { id } }
}`;
const LIST = '{ keyPersons(first: 50) { totalCount edges { node { id name phoneMasked basis reviewOn } } } }';
const REMOVE =
  'mutation R($id: ID!, $reason: String!) { removeKeyPerson(id: $id, reason: $reason) { id removedAt removalReason } }';
const ACCESSES = 'query L($id: ID!) { keyPersonAccesses(id: $id) { at action account { id } } }';

const as = <T>(who: keyof typeof tokens, query: string, variables: Record<string, unknown> = {}) =>
  platform.graphql<T>(query, variables, { token: tokens[who] });
const marks = () => countRows(platform, 'key_person');
const flagsOfNewPetition = async () => {
  const filed = await submit(platform, onlineInput({ petitioners: [{ name: person.name, phone: person.phone }] }));
  const id = filed.data!.submitPetition.petition.id;
  const read = await as<{ petition: { riskFlags: string[] } }>(
    'xfb.hexi',
    'query P($id: ID!) { petition(id: $id) { riskFlags } }',
    {
      id,
    },
  );
  return read.data!.petition.riskFlags;
};

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['xfb.hexi', 'xfb.city', 'leader.hexi', 'handler.hexi.zj'] as const);
});
afterAll(() => platform?.stop());

let markId: string;

describe('marking a person', () => {
  it('refuses a mark without contact, basis or a review date within a year, at the field, storing nothing', async () => {
    const before = await marks();
    for (const [input, field] of [
      [{ ...person, phone: null, idNumber: null, basis, reviewOn: inDays(30) }, 'input.phone'],
      [{ ...person, phone: '1234', basis, reviewOn: inDays(30) }, 'input.phone'],
      [{ ...person, basis: '闹访', reviewOn: inDays(30) }, 'input.basis'],
      [{ ...person, basis, reviewOn: inDays(-1) }, 'input.reviewOn'],
      [{ ...person, basis, reviewOn: inDays(400) }, 'input.reviewOn'],
    ] as const) {
      const result = await as('xfb.hexi', ADD, { input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await marks()).toBe(before);
  });

  it('lets only a petition office mark people', async () => {
    const result = await as('handler.hexi.zj', ADD, { input: { ...person, basis, reviewOn: inDays(30) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await marks()).toBe(0);
  });

  it('marks a person once when two officers mark them at the same moment', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        as<{ addKeyPerson: { id: string; phoneMasked: string; idNumberMasked: string; basis: string } }>(
          'xfb.hexi',
          ADD,
          {
            input: { ...person, basis, reviewOn: inDays(30) },
          },
        ),
      ),
    );
    const added = results.filter((r) => r.data?.addKeyPerson);
    expect(added).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_PERSON_ALREADY_MARKED' });
    }
    expect(added[0]!.data!.addKeyPerson).toMatchObject({
      phoneMasked: '136****7788',
      idNumberMasked: '120103********1233',
      basis,
    });
    markId = added[0]!.data!.addKeyPerson.id;
    expect(await marks()).toBe(1);
  });

  it('flags the marked person’s next petition KEY_PERSON', async () => {
    expect(await flagsOfNewPetition()).toContain('KEY_PERSON');
  });
});

describe('reading the register', () => {
  it('lists the marks of the office’s area to its officers and the city’s, logging each read', async () => {
    const reads = () => countRows(platform, `key_person_access where action = 'READ'`);
    const before = await reads();
    for (const who of ['xfb.hexi', 'xfb.city'] as const) {
      const list = await as<{ keyPersons: { edges: { node: { id: string; reviewOn: string } }[] } }>(who, LIST);
      expect(list.data?.keyPersons.edges.map((e) => e.node.id)).toEqual([markId]);
      expect(list.data?.keyPersons.edges[0]!.node.reviewOn).toBe(inDays(30));
    }
    expect(await reads()).toBe(before + 2);
  });

  it('keeps the register from units and leaders, and its log from officers', async () => {
    for (const who of ['handler.hexi.zj', 'leader.hexi'] as const) {
      expect((await as(who, LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await as('xfb.hexi', ACCESSES, { id: markId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the area’s leader who marked and who read the person', async () => {
    const log = await as<{ keyPersonAccesses: { action: string }[] }>('leader.hexi', ACCESSES, { id: markId });
    expect(log.errors).toBeUndefined();
    const actions = log.data!.keyPersonAccesses.map((a) => a.action);
    expect(actions.filter((a) => a === 'ADD')).toHaveLength(1);
    expect(actions.filter((a) => a === 'READ').length).toBeGreaterThanOrEqual(2);
  });
});

describe('removing a mark', () => {
  it('removes it once with a reason, when several try at the same moment', async () => {
    const reason = '经复核，当事人诉求已依法解决，半年内无异常行为。';
    const results = await Promise.all([1, 2].map(() => as('xfb.hexi', REMOVE, { id: markId, reason })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'KEY_PERSON_ALREADY_REMOVED',
    });
    const list = await as<{ keyPersons: { totalCount: number } }>('xfb.hexi', LIST);
    expect(list.data?.keyPersons.totalCount).toBe(0);
    expect(await countRows(platform, `key_person_access where action = 'REMOVE'`)).toBe(1);
  });

  it('no longer flags the person’s petitions', async () => {
    expect(await flagsOfNewPetition()).not.toContain('KEY_PERSON');
  });
});
