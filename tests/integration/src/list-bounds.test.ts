import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { register, staffInput } from './support/petitions.js';

// Lists at a million petitions (issue 12, docs/performance.md): counts stop at a bound and say
// so, and a search ranks only its newest matches. The bounds are small here (4 and 2) so that
// a few petitions reach them; the platform's defaults are 10,000 and 1,000.
const COUNT_BOUND = 4;
const RANKED = 2;

let platform: TestPlatform;
let office: string;
/** The matches of 电梯, oldest first, with how strongly each says it. */
const elevator: { title: string; trackingCode: string }[] = [];

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), {
    serviceEnv: { petitions: { LIST_COUNT_BOUND: String(COUNT_BOUND), SEARCH_RANKED_MATCHES: String(RANKED) } },
  });
  office = await platform.login('xfb.city');
  const petitions = [
    // the oldest says it most: it would lead if every match were ranked
    { title: '电梯故障电梯停运', content: '电梯经常故障，电梯停运一周，电梯维修无人负责，老人下不了楼。' },
    { title: '楼道照明坏了', content: '楼道灯坏了，电梯间也很暗。' },
    { title: '外墙脱落', content: '外墙瓷砖脱落，砸坏了电梯口的雨棚。' },
    { title: '加装设施', content: '老旧小区加装电梯，电梯费用分摊不清。' },
    { title: '物业服务差', content: '物业不管电梯保养。' },
  ];
  for (const [i, p] of petitions.entries()) {
    const result = await register(
      platform,
      staffInput('LETTER', {
        ...p,
        // received an hour apart, the last one newest
        receivedAt: new Date(Date.now() - (petitions.length - i + 1) * 3600_000).toISOString(),
        petitioners: [{ name: `界限${i}`, phone: `1370000010${i}` }],
      }),
      office,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    elevator.push({ title: p.title, trackingCode: result.data!.registerPetition.trackingCode });
  }
});
afterAll(() => platform?.stop());

const LIST = `query L($filter: PetitionFilter, $first: Int, $after: String) {
  petitions(filter: $filter, first: $first, after: $after, orderBy: URGENCY) {
    totalCount totalCountCapped edges { node { title } } pageInfo { hasNextPage endCursor }
  }
}`;
interface List {
  petitions: {
    totalCount: number;
    totalCountCapped: boolean;
    edges: { node: { title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const list = async (filter: object | null, first?: number, after?: string) => {
  const result = await platform.graphql<List>(LIST, { filter, first, after }, { token: office });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petitions;
};

describe('lists at a million petitions (issue 12)', () => {
  it('counts up to the bound and says there are more, rather than counting them all', async () => {
    const inbox = await list(null);
    expect(inbox).toMatchObject({ totalCount: COUNT_BOUND, totalCountCapped: true });
    // a narrow filter counts exactly
    const one = await list({ text: elevator[0]!.trackingCode });
    expect(one).toMatchObject({ totalCount: 1, totalCountCapped: false });

    const counts = await platform.graphql<{
      petitionStatusCounts: { status: string; count: number; capped: boolean }[];
    }>('query { petitionStatusCounts { status count capped } }', {}, { token: office });
    const registered = counts.data!.petitionStatusCounts.find((c) => c.status === 'REGISTERED');
    expect(registered).toEqual({ status: 'REGISTERED', count: COUNT_BOUND, capped: true });
    expect(counts.data!.petitionStatusCounts.every((c) => c.count <= COUNT_BOUND)).toBe(true);
  });

  it('ranks the newest matches of a common word by relevance, then the older ones newest first', async () => {
    const found = await list({ text: '电梯' }, 10);
    expect(found).toMatchObject({ totalCount: COUNT_BOUND, totalCountCapped: true });
    const [oldest, second, third, fourth, newest] = elevator.map((p) => p.title);
    // the two newest: the one that says it twice before the one that says it once; the rest by age,
    // the oldest last although it says it most
    expect(found.edges.map((e) => e.node.title)).toEqual([fourth, newest, third, second, oldest]);
  });

  it('pages through every match once, in the same order', async () => {
    const titles: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const found = await list({ text: '电梯' }, 2, after);
      titles.push(...found.edges.map((e) => e.node.title));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor!;
    }
    expect(titles).toEqual((await list({ text: '电梯' }, 10)).edges.map((e) => e.node.title));
    expect(new Set(titles).size).toBe(elevator.length);
  });
});
