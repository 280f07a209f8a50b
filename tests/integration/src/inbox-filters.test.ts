import { randomBytes } from 'node:crypto';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlyError, register, staffInput } from './support/petitions.js';

// Issue 10: the workbench inbox's quick filters ("overdue only", "my tasks") and its counts per
// status. Each test finds its own petitions by a search word no other test uses.
let platform: TestPlatform;
let tokens: Record<'xfb.hexi' | 'handler.hexi.zj' | 'handler.hexi.sthj' | 'citizen', string>;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['xfb.hexi', 'handler.hexi.zj', 'handler.hexi.sthj', 'citizen'] as const);
});
afterAll(() => platform?.stop());

const mark = () => `inbox${randomBytes(4).toString('hex')}`;

const LIST = `query L($filter: PetitionFilter) { petitions(filter: $filter, first: 100) { edges { node { id status } } } }`;
const COUNTS = `query C($filter: PetitionFilter) { petitionStatusCounts(filter: $filter) { status count } }`;
const DISPOSE = `mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id status } }`;

type User = keyof typeof tokens;
const ids = async (user: User, filter: Record<string, unknown>) =>
  (
    await dataOf<{ petitions: { edges: { node: { id: string } }[] } }>(platform, tokens[user], LIST, { filter })
  ).petitions.edges.map((e) => e.node.id);

async function registered(word: string): Promise<string> {
  const result = await register(platform, staffInput('LETTER', { title: `楼道照明损坏 ${word}` }), tokens['xfb.hexi']);
  expect(result.errors).toBeUndefined();
  return result.data!.registerPetition.id;
}

describe('"my tasks": the petitions where one of the caller’s units must act', () => {
  it('is the registering office’s until it disposes, then the unit’s it was forwarded to', async () => {
    const word = mark();
    const id = await registered(word);
    expect(await ids('xfb.hexi', { text: word, myTasks: true })).toEqual([id]);

    await dataOf(platform, tokens['xfb.hexi'], DISPOSE, {
      id,
      input: { mode: 'FORWARD', unitId: DEMO_UNITS.HEXI_HOUSING },
    });
    expect(await ids('xfb.hexi', { text: word, myTasks: true })).toEqual([]);
    expect(await ids('xfb.hexi', { text: word })).toEqual([id]); // still in the office's inbox
    expect(await ids('handler.hexi.zj', { text: word, myTasks: true })).toEqual([id]);
    // another unit of the district owes nothing on it
    expect(await ids('handler.hexi.sthj', { text: word, myTasks: true })).toEqual([]);
  });
});

describe('"overdue only": the petitions whose time limit now running has passed', () => {
  it('holds a petition once its disposal period is over, not before', async () => {
    const word = mark();
    const id = await registered(word);
    expect(await ids('xfb.hexi', { text: word, overdue: true })).toEqual([]);
    platform.clock.advance(40); // well past 15 days, holidays or not
    try {
      expect(await ids('xfb.hexi', { text: word, overdue: true })).toEqual([id]);
      expect(await ids('xfb.hexi', { text: word, overdue: false })).toEqual([id]);
    } finally {
      platform.clock.reset();
    }
  });
});

describe('petitionStatusCounts', () => {
  it('counts by status what the filter finds, its own statuses and search text aside', async () => {
    // a street with no other petitions: 柳林街道 of 河西区
    const street = { regionCode: '120103011' };
    const word = mark();
    const register2 = async () => {
      const result = await register(
        platform,
        staffInput('LETTER', { title: `积水 ${word}`, ...street }),
        tokens['xfb.hexi'],
      );
      expect(result.errors).toBeUndefined();
      return result.data!.registerPetition.id;
    };
    const forwarded = await register2();
    await register2();
    await dataOf(platform, tokens['xfb.hexi'], DISPOSE, {
      id: forwarded,
      input: { mode: 'FORWARD', unitId: DEMO_UNITS.HEXI_HOUSING },
    });
    const counts = async (user: User, filter: Record<string, unknown>) =>
      Object.fromEntries(
        (
          await dataOf<{ petitionStatusCounts: { status: string; count: number }[] }>(platform, tokens[user], COUNTS, {
            filter,
          })
        ).petitionStatusCounts.map((c) => [c.status, c.count]),
      );
    expect(await counts('xfb.hexi', { ...street, status: ['CONCLUDED'], text: 'nothing' })).toEqual({
      REGISTERED: 1,
      AWAITING_ACCEPTANCE: 1,
    });
    // the housing committee's work there: the forwarded one
    expect(await counts('handler.hexi.zj', { ...street, myTasks: true })).toEqual({ AWAITING_ACCEPTANCE: 1 });
    expect(await counts('handler.hexi.zj', { ...street, overdue: true })).toEqual({});
  });

  it('is refused to a citizen, as the petitions list is', async () => {
    const result = await platform.graphql(COUNTS, { filter: {} }, { token: tokens.citizen });
    expect(onlyError(result).extensions?.code).toBe('FORBIDDEN');
  });

  it('says which filter field is wrong', async () => {
    const result = await platform.graphql(COUNTS, { filter: { regionCode: 'x' } }, { token: tokens['xfb.hexi'] });
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
  });
});
