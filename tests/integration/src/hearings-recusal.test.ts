import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { countRows, filedOnline, onlyError, repliedPetition } from './support/petitions.js';

// Issue 11: a hearing during review records who took part and its minutes (R-AGT, R-P10);
// a staff member stands aside from a petition (Art. 28) and the workbench knows it.
let platform: TestPlatform;
const USERS = ['citizen', 'xfb.hexi', 'handler.hexi.zj', 'head.hexi.zj'] as const;
type User = (typeof USERS)[number];
let tokens: Record<User, string>;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
});
afterAll(() => platform?.stop());

const as = <T = Record<string, unknown>>(user: User, query: string, variables: Record<string, unknown>) =>
  platform.graphql<T>(query, variables, { token: tokens[user] });
async function ok<T = Record<string, unknown>>(user: User, query: string, variables: Record<string, unknown>) {
  const result = await as<T>(user, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface Hearing {
  participants: string[];
  minutes: string | null;
  endedAt: string | null;
}
const HEARINGS = 'query H($id: ID!) { petition(id: $id) { hearings { participants minutes endedAt } } }';
const HOLD = 'mutation S($id: ID!, $p: [String!]) { holdHearing(id: $id, note: "组织听证", participants: $p) { id } }';
const END = 'mutation E($id: ID!, $m: String) { endHearing(id: $id, minutes: $m) { id } }';
const hearingsOf = async (id: string) =>
  (await ok<{ petition: { hearings: Hearing[] } }>('xfb.hexi', HEARINGS, { id })).petition.hearings;

/** A replied petition whose review the Hexi petition office organises. */
async function inReview(phone: string): Promise<string> {
  const { id } = await repliedPetition(platform, phone);
  await ok('xfb.hexi', 'mutation R($id: ID!) { requestReview(id: $id, reason: "信访人不服答复意见") { id } }', { id });
  return id;
}

describe('a hearing during review (R-AGT, R-P10)', () => {
  it('records who took part when it begins and its minutes when it ends', async () => {
    const id = await inReview('13900003301');
    const people = ['信访人 李明华', '河西区住房和建设委员会 王科长', '听证员 张律师'];
    await ok('xfb.hexi', HOLD, { id, p: [...people, '  '] });
    expect(await hearingsOf(id)).toEqual([{ participants: people, minutes: null, endedAt: null }]);
    const minutes = '信访人陈述了楼道垃圾未清运的情况，承办单位说明了整改措施，听证员建议限期清运。';
    await ok('xfb.hexi', END, { id, m: minutes });
    const [hearing] = await hearingsOf(id);
    expect(hearing).toMatchObject({ participants: people, minutes });
    expect(hearing!.endedAt).not.toBeNull();
  });

  it('refuses too many participants at the field, and a unit that does not review, storing nothing', async () => {
    const id = await inReview('13900003302');
    const before = await countRows(platform, 'hearing');
    const many = Array.from({ length: 31 }, (_, i) => `参加人${i + 1}`);
    expect(onlyError(await as('xfb.hexi', HOLD, { id, p: many })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'participants',
    });
    expect(onlyError(await as('handler.hexi.zj', HOLD, { id, p: ['信访人'] })).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(platform, 'hearing')).toBe(before);
    expect(await hearingsOf(id)).toEqual([]);
  });
});

describe('recusal (Art. 28)', () => {
  const RECUSE = 'mutation R($id: ID!, $r: String!) { recuse(id: $id, reason: $r) { id allowedActions } }';
  const RECUSED = 'query Q($id: ID!) { petition(id: $id) { recusedByViewer } }';
  const recused = async (user: User, id: string) =>
    (await ok<{ petition: { recusedByViewer: boolean } }>(user, RECUSED, { id })).petition.recusedByViewer;

  it('tells the workbench who stood aside; once only, with a reason, and not by a citizen', async () => {
    const { id } = await filedOnline(platform, '13900003303');
    await ok(
      'xfb.hexi',
      'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
      {
        id,
        input: { mode: 'FORWARD', unitId: DEMO_UNITS.HEXI_HOUSING },
      },
    );
    const rows = await countRows(platform, 'recusal');
    expect(onlyError(await as('handler.hexi.zj', RECUSE, { id, r: ' ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(onlyError(await as('citizen', RECUSE, { id, r: '本人' })).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(platform, 'recusal')).toBe(rows);
    expect(await recused('handler.hexi.zj', id)).toBe(false);

    expect(await ok('handler.hexi.zj', RECUSE, { id, r: '信访人系本人亲属' })).toMatchObject({
      recuse: { allowedActions: [] },
    });
    expect(await recused('handler.hexi.zj', id)).toBe(true);
    expect(await recused('head.hexi.zj', id)).toBe(false);
    expect(onlyError(await as('handler.hexi.zj', RECUSE, { id, r: '再次回避' })).extensions?.code).toBe('CONFLICT');
  });
});
