import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataOf, signIn } from './support/demo.js';
import { onlineInput, register, repliedPetition, staffInput, submit } from './support/petitions.js';
import { beijingDay, projectionSnapshot, project } from './support/stats.js';

// Issue 12: the projections are derived data. After a random history the rebuilt projections
// (emptied, every event applied again) equal the live ones, rollups and facts alike; and what
// a leader reads of trends and hot spots comes from them.
let platform: TestPlatform;
let tokens: Record<'leader.hexi' | 'leader.city' | 'xfb.hexi', string>;

const EVALUATE = 'mutation E($input: EvaluateInput!) { evaluatePetition(input: $input) { id } }';
const TEXTS = [
  '河西区某小区地下车库长期积水，业主多次向物业反映未果，请求有关部门督促维修排水设施。',
  '小区门口道路施工半年未完工，围挡占道影响居民出行，请求有关部门督促施工单位按期完成。',
];

type Step =
  | { op: 'online'; who: number; text: number; people: number }
  | { op: 'visit'; who: number; text: number }
  | { op: 'reply' }
  | { op: 'rate'; target: 'RESPONSIBLE_UNIT' | 'PETITION_OFFICE'; rating: string }
  | { op: 'days'; days: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('online' as const),
    who: fc.integer({ min: 0, max: 2 }),
    text: fc.integer({ min: 0, max: 1 }),
    people: fc.constantFrom(1, 6),
  }),
  fc.record({
    op: fc.constant('visit' as const),
    who: fc.integer({ min: 0, max: 2 }),
    text: fc.integer({ min: 0, max: 1 }),
  }),
  fc.record({ op: fc.constant('reply' as const) }),
  fc.record({
    op: fc.constant('rate' as const),
    target: fc.constantFrom('RESPONSIBLE_UNIT' as const, 'PETITION_OFFICE' as const),
    rating: fc.constantFrom('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'),
  }),
  fc.record({ op: fc.constant('days' as const), days: fc.integer({ min: 1, max: 25 }) }),
);

/** A step the history relies on went through. */
const ok = (result: { errors?: unknown }) => expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();

let replies = 0;
const replied: { trackingCode: string; last4: string }[] = [];

async function take(step: Step): Promise<void> {
  const petitioner = (who: number) => [{ name: '测试人', phone: `1391112000${who}` }];
  switch (step.op) {
    case 'online':
      ok(
        await submit(
          platform,
          onlineInput({ content: TEXTS[step.text], petitioners: petitioner(step.who), peopleInvolved: step.people }),
        ),
      );
      return;
    case 'visit':
      ok(
        await register(
          platform,
          staffInput('VISIT', {
            // arrival is checked against the real time, not the test clock
            receivedAt: new Date(Date.now() - 60_000).toISOString(),
            content: TEXTS[step.text],
            petitioners: petitioner(step.who),
          }),
          tokens['xfb.hexi'],
        ),
      );
      return;
    case 'reply': {
      const phone = `1391113${String((replies += 1)).padStart(4, '0')}`;
      const petition = await repliedPetition(platform, phone);
      replied.push({ trackingCode: petition.trackingCode, last4: phone.slice(-4) });
      return;
    }
    case 'rate': {
      const last = replied[replied.length - 1];
      // rated twice is refused (CONFLICT): the history goes on either way
      if (last)
        await platform.graphql(EVALUATE, {
          input: { trackingCode: last.trackingCode, phoneLast4: last.last4, target: step.target, rating: step.rating },
        });
      return;
    }
    case 'days':
      await platform.services.petitions.rounds.procedure!(platform.clock.advance(step.days));
  }
}

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['leader.hexi', 'leader.city', 'xfb.hexi'] as const);
});
afterAll(() => platform?.stop());

describe('the projections rebuilt from the events alone (issue 12)', () => {
  it('equal the live projections after a random history', async () => {
    const seed = Number(process.env.STATS_REBUILD_SEED ?? Date.now() % 1_000_000);
    console.log(`stats rebuild property: seed ${seed} (STATS_REBUILD_SEED=${seed} to repeat)`);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 2, maxLength: 7 }), async (steps) => {
          for (const step of steps) await take(step);
          await project(platform);
          const live = await projectionSnapshot(platform);
          await platform.services.stats.rounds.rebuild!();
          expect(await projectionSnapshot(platform)).toEqual(live);
        }),
        { numRuns: 4, seed, endOnFailure: true },
      );
    } finally {
      platform.clock.reset();
    }
  }, 120_000);
});

describe('trends and hot spots through the gateway (R-HOT)', () => {
  it('shows a spike of a category in one street as a hot spot, with collective warnings, and its trend', async () => {
    const filed = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        submit(
          platform,
          onlineInput({
            categoryCode: '060101',
            regionCode: '120103007',
            peopleInvolved: i === 0 ? 8 : 1,
            petitioners: [{ name: '吴刚', phone: `139111300${String(i).padStart(2, '0')}` }],
          }),
        ),
      ),
    );
    for (const result of filed) ok(result);
    await project(platform);
    const { hotSpots } = await dataOf<{
      hotSpots: {
        kind: string;
        regionCode: string;
        categoryCode: string;
        count: number;
        limit: number;
        label: string;
      }[];
    }>(
      platform,
      tokens['leader.hexi'],
      `{ hotSpots { kind regionCode categoryCode count baseline limit label since } }`,
    );
    const rise = hotSpots.find((h) => h.kind === 'RISE' && h.regionCode === '120103007' && h.categoryCode === '06');
    expect(rise).toMatchObject({ count: 7 });
    expect(rise!.count).toBeGreaterThan(rise!.limit);
    expect(rise!.label).toContain('友谊路街道');
    expect(hotSpots).toContainEqual(
      expect.objectContaining({ kind: 'COLLECTIVE', regionCode: '120103007', categoryCode: '06', count: 1 }),
    );
    // nothing of the kind where nothing happened: category 06 of the other streets is quiet
    expect(hotSpots.filter((h) => h.categoryCode === '06' && h.regionCode !== '120103007')).toEqual([]);

    const today = beijingDay(new Date());
    const { petitionTrend } = await dataOf<{
      petitionTrend: { period: string; key: string; label: string; count: number }[];
    }>(
      platform,
      tokens['leader.hexi'],
      `query T($filter: TrendFilter!) { petitionTrend(filter: $filter) { period key label count } }`,
      { filter: { from: today, to: today, interval: 'DAY', by: 'CATEGORY', categoryCode: '06' } },
    );
    expect(petitionTrend).toContainEqual({ period: today, key: '0601', label: expect.any(String), count: 7 });
  });
});
