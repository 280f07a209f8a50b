import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { millisUntil } from './support/accounts.js';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlineInput, register, repliedPetition, staffInput, submit } from './support/petitions.js';
import { beijingDay, moved, project, statsRows, unitKpis } from './support/stats.js';

// Issue 12, R-P14: each KPI formula of docs/kpis.md on hand-made histories, through the real
// procedure; the figures read through the gateway before and after, so that the demo petitions
// of the template count for nothing.
let platform: TestPlatform;
let tokens: Record<'leader.hexi' | 'xfb.hexi' | 'handler.hexi.zj', string>;

const DISPOSE = 'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }';
const EVALUATE = 'mutation E($input: EvaluateInput!) { evaluatePetition(input: $input) { id } }';
const CONTENT = '河西区某小区地下车库长期积水，业主多次向物业反映未果，请求有关部门督促维修排水设施。';

/** The office's (or a unit's) KPIs over a wide period around the test clock's today. */
const wide = (unitId: string) => ({ unitId, from: beijingDay(new Date(), -1), to: beijingDay(new Date(), 400) });
const read = (unitId: string) => unitKpis(platform, tokens['leader.hexi'], wide(unitId));

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  await dataOf(platform, token, query, variables);
}

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['leader.hexi', 'xfb.hexi', 'handler.hexi.zj'] as const);
  await project(platform);
});
afterAll(() => platform?.stop());

describe('the KPIs of a petition office and a responsible unit (R-P14, docs/kpis.md)', () => {
  it('shows a new petition within 5 seconds of its step, through the running poll loop', async () => {
    const before = await read(DEMO_UNITS.HEXI_OFFICE);
    const was = before.get('ONLINE_SHARE:PETITION_OFFICE')!.denominator;
    const filed = await submit(platform, onlineInput({ petitioners: [{ name: '周红', phone: '13911110001' }] }));
    expect(filed.errors).toBeUndefined();
    const took = await millisUntil(
      async () => (await read(DEMO_UNITS.HEXI_OFFICE)).get('ONLINE_SHARE:PETITION_OFFICE')!.denominator === was + 1,
      5_000,
    );
    expect(took).toBeLessThanOrEqual(5_000);
  });

  it('counts online share and repeats by the receiving office, a repeat once, however often applied', async () => {
    await project(platform);
    const before = await read(DEMO_UNITS.HEXI_OFFICE);
    const same = { content: CONTENT, petitioners: [{ name: '刘晓东', phone: '13911110002' }] };
    const first = await submit(platform, onlineInput(same));
    const again = await submit(platform, onlineInput(same));
    const visit = await register(
      platform,
      staffInput('VISIT', {
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        petitioners: [{ name: '赵敏', phone: '13911110006' }],
      }),
      tokens['xfb.hexi'],
    );
    expect([first.errors, again.errors, visit.errors]).toEqual([undefined, undefined, undefined]);
    await project(platform);
    // the same events delivered again (cursor set back) change nothing
    await statsRows(platform, `update stats.event_cursor set last_tx_id = '0', last_seq = 0`);
    await project(platform);
    const after = await read(DEMO_UNITS.HEXI_OFFICE);
    expect(moved(before, after)).toMatchObject({
      'ONLINE_SHARE:PETITION_OFFICE': [2, 3],
      'REPEAT_PETITION_RATE:PETITION_OFFICE': [1, 3],
    });
  });

  it('counts acceptance, completion, replies rated and satisfaction to the unit that did them', async () => {
    await project(platform);
    const [office, unit] = await Promise.all([read(DEMO_UNITS.HEXI_OFFICE), read(DEMO_UNITS.HEXI_HOUSING)]);
    const petition = await repliedPetition(platform, '13911110003');
    await project(platform);
    const [officeReplied, unitReplied] = await Promise.all([
      read(DEMO_UNITS.HEXI_OFFICE),
      read(DEMO_UNITS.HEXI_HOUSING),
    ]);
    expect(moved(office, officeReplied)).toEqual({
      'ONLINE_SHARE:PETITION_OFFICE': [1, 1],
      'REPEAT_PETITION_RATE:PETITION_OFFICE': [0, 1],
      // assigned within its 15 working days
      'TIMELY_ACCEPTANCE_RATE:PETITION_OFFICE': [1, 1],
    });
    expect(moved(unit, unitReplied)).toEqual({
      'TIMELY_ACCEPTANCE_RATE:RESPONSIBLE_UNIT': [1, 1],
      'ON_TIME_COMPLETION_RATE:RESPONSIBLE_UNIT': [1, 1],
      // replied, not yet rated
      'EVALUATION_RATE:RESPONSIBLE_UNIT': [0, 1],
      // the unit led it: a repeat of it would count against the unit
      'REPEAT_PETITION_RATE:RESPONSIBLE_UNIT': [0, 1],
    });
    // the petitioner rates without an account: the tracking code and the phone's last digits
    const rate = (target: string, rating: string) =>
      dataOf(platform, undefined, EVALUATE, {
        input: { trackingCode: petition.trackingCode, phoneLast4: '0003', target, rating },
      });
    await rate('RESPONSIBLE_UNIT', 'BASICALLY_SATISFIED');
    await rate('PETITION_OFFICE', 'UNSATISFIED');
    await project(platform);
    const [officeRated, unitRated] = await Promise.all([read(DEMO_UNITS.HEXI_OFFICE), read(DEMO_UNITS.HEXI_HOUSING)]);
    expect(moved(unitReplied, unitRated)).toEqual({
      'EVALUATION_RATE:RESPONSIBLE_UNIT': [1, 0],
      'SATISFACTION_RATE:RESPONSIBLE_UNIT': [1, 1],
    });
    expect(moved(officeReplied, officeRated)).toEqual({ 'SATISFACTION_RATE:PETITION_OFFICE': [0, 1] });
  });

  it('counts a deadline flagged overdue as late even when met later, and one met late as late', async () => {
    const flagged = await submit(platform, onlineInput({ petitioners: [{ name: '孙伟', phone: '13911110004' }] }));
    const office = DEMO_UNITS.HEXI_OFFICE;
    const disposal = (id: string) => `CLOCK:${id}:DISPOSAL:${office}`;
    platform.clock.advance(30);
    await platform.services.petitions.rounds.procedure!(platform.clock.now());
    await project(platform);
    const id = flagged.data!.submitPetition.petition.id;
    expect(
      await statsRows(platform, `select numerator, denominator from stats.kpi_fact where fact_key = '${disposal(id)}'`),
    ).toEqual([{ numerator: 0, denominator: 1 }]);
    // met after it was flagged: still late, and nothing moves
    const before = await read(office);
    await ok(DISPOSE, { id, input: { mode: 'ASSIGN', unitId: DEMO_UNITS.HEXI_HOUSING } }, tokens['xfb.hexi']);
    await project(platform);
    expect(moved(before, await read(office))['TIMELY_ACCEPTANCE_RATE:PETITION_OFFICE']).toBeUndefined();
    // met late without the scheduler having flagged it: late
    const late = await submit(platform, onlineInput({ petitioners: [{ name: '钱丽', phone: '13911110005' }] }));
    platform.clock.advance(30);
    const lateId = late.data!.submitPetition.petition.id;
    await ok(DISPOSE, { id: lateId, input: { mode: 'ASSIGN', unitId: DEMO_UNITS.HEXI_HOUSING } }, tokens['xfb.hexi']);
    await project(platform);
    expect(
      await statsRows(
        platform,
        `select numerator, denominator from stats.kpi_fact where fact_key = '${disposal(lateId)}'`,
      ),
    ).toEqual([{ numerator: 0, denominator: 1 }]);
    platform.clock.reset();
  });

  it('scores each unit by the seeded weights from its KPIs and ranks it within its role (R-PERF)', async () => {
    await project(platform);
    const filter = { regionCode: '120103', ...wide(DEMO_UNITS.HEXI_HOUSING), unitId: null };
    const { performanceScores } = await dataOf<{
      performanceScores: {
        unit: { id: string };
        unitRole: string;
        score: number;
        rank: number;
        scheme: string;
        parts: { kpi: string; weight: number; rate: number | null; points: number }[];
      }[];
    }>(
      platform,
      tokens['leader.hexi'],
      `query P($filter: KpiFilter!) { performanceScores(filter: $filter) {
        unit { id } unitRole score rank scheme schemeVersion parts { kpi weight rate points } } }`,
      { filter },
    );
    const housing = performanceScores.find(
      (s) => s.unit.id === DEMO_UNITS.HEXI_HOUSING && s.unitRole === 'RESPONSIBLE_UNIT',
    )!;
    expect(housing.scheme).toBe('district-example-2022');
    const kpis = await read(DEMO_UNITS.HEXI_HOUSING);
    for (const part of housing.parts) {
      const rate = kpis.get(`${part.kpi}:RESPONSIBLE_UNIT`)!.rate;
      expect(part.rate, part.kpi).toBe(rate);
      const achieved = rate == null ? 0 : part.kpi === 'REPEAT_PETITION_RATE' ? 1 - rate : rate;
      expect(part.points, part.kpi).toBeCloseTo(achieved * part.weight, 2);
    }
    expect(housing.score).toBeCloseTo(
      housing.parts.reduce((sum, p) => sum + p.points, 0),
      2,
    );
    for (const role of ['PETITION_OFFICE', 'RESPONSIBLE_UNIT']) {
      const ranked = performanceScores.filter((s) => s.unitRole === role);
      ranked.forEach((s, i) => {
        if (i > 0) expect(s.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
        expect(s.rank).toBe(ranked.findIndex((o) => o.score === s.score) + 1);
      });
    }
  });
});
