import { LIBRARY_CALENDAR, deadlineOf, ruleSetOf } from '@tjxf/calendar';
import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestAccount } from './support/accounts.js';
import { onlineInput, onlyError, submit } from './support/petitions.js';

// Every clock follows the rule set of the unit whose clock it is; a unit can switch, and
// running clocks keep the rule they were opened under (R-T1, R-T1a, R-T2; issue 9).
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const BINHAI_OFFICE = unitIdForKey('120116/xfb');
const BINHAI_HOUSING = unitIdForKey('120116/zj');
const HEXI_ENVIRONMENT = unitIdForKey('120103/sthj');
const TIANJIN = ruleSetOf('tianjin-31530')!;
const NATIONAL = ruleSetOf('national-2022')!;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of ['citizen', 'xfb.city', 'xfb.hexi', 'handler.hexi.sthj', 'admin'])
    tokens[user] = await platform.login(user);
  const binhai = await createTestAccount(platform, tokens.admin!, {
    roles: ['UNIT_HANDLER', 'UNIT_HEAD'],
    unitIds: [BINHAI_HOUSING],
    prefix: 'head.binhai.zj',
  });
  tokens.binhai = binhai.token;
});
afterAll(() => platform?.stop());
afterEach(() => platform.clock.reset());

interface Clock {
  kind: string;
  days: number;
  basis: string;
  ruleSet: string;
  ruleSetVersion: number;
  startAt: string;
  dueAt: string;
  extensionDays: number;
  metAt: string | null;
  closedAt: string | null;
  explanation: string;
}
interface Order {
  automatic: boolean;
  issuedAt: string;
  dueAt: string;
  ruleSet: string | null;
  ruleSetVersion: number | null;
  unit: { id: string };
}
interface Petition {
  id: string;
  status: string;
  deadlines: Clock[];
  supervisionOrders: Order[];
}
const PETITION = `id status
  deadlines { kind days basis ruleSet ruleSetVersion startAt dueAt extensionDays metAt closedAt explanation }
  supervisionOrders { automatic issuedAt dueAt ruleSet ruleSetVersion unit { id } }`;

async function mutate(user: string, mutation: string, variables: Record<string, unknown>) {
  return platform.graphql<Record<string, Petition>>(mutation, variables, { token: tokens[user] });
}

async function ok(user: string, mutation: string, variables: Record<string, unknown>): Promise<Petition> {
  const result = await mutate(user, mutation, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data!)[0]!;
}

async function read(id: string, user = 'xfb.city'): Promise<Petition> {
  const result = await platform.graphql<{ petition: Petition }>(
    `query P($id: ID!) { petition(id: $id) { ${PETITION} } }`,
    { id },
    { token: tokens[user] },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petition;
}

const FORWARD = `mutation F($id: ID!, $unitId: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $unitId }) { ${PETITION} } }`;
const ACCEPT = `mutation A($id: ID!) { acceptPetition(id: $id) { ${PETITION} } }`;
const OBJECT = `mutation O($id: ID!, $reason: String!) { objectToPetition(id: $id, reason: $reason) { ${PETITION} } }`;
const EXTEND = `mutation E($id: ID!, $days: Int!, $reason: String!) { extendHandling(id: $id, days: $days, reason: $reason) { ${PETITION} } }`;
const SWITCH = `mutation S($unitId: ID!, $code: String!) { setUnitRuleSet(unitId: $unitId, ruleSetCode: $code) { id ruleSetCode } }`;

const running = (p: Petition, kind: string) => p.deadlines.find((d) => d.kind === kind && !d.metAt && !d.closedAt)!;
const dueUnder = (start: string, limit: { days: number; basis: 'CALENDAR_DAYS' | 'WORKING_DAYS' }, extra = 0) =>
  deadlineOf(
    { start: new Date(start), days: limit.days + extra, basis: limit.basis },
    LIBRARY_CALENDAR,
  ).dueAt.toISOString();

async function binhaiPetition(title: string): Promise<string> {
  const filed = await submit(
    platform,
    onlineInput({ regionCode: '120116001', title, content: `滨海新区${title}，请有关部门处理。` }),
    tokens.citizen,
  );
  if (filed.errors) throw new Error(JSON.stringify(filed.errors));
  return filed.data!.submitPetition.petition.id;
}

describe('a Binhai petition runs on tianjin-31530 throughout (R-T1)', () => {
  it('opens the disposal clock of the Binhai petition office under tianjin-31530, also after an objection', async () => {
    const id = await binhaiPetition('供暖不热');
    const registered = await read(id);
    expect(running(registered, 'DISPOSAL')).toMatchObject({ ruleSet: 'tianjin-31530', ruleSetVersion: 1 });
    const forwarded = await ok('xfb.city', FORWARD, { id, unitId: BINHAI_HOUSING });
    const acceptance = running(forwarded, 'ACCEPTANCE');
    // 3 days, where the national rule gives 15
    expect(acceptance).toMatchObject({ ruleSet: 'tianjin-31530', days: TIANJIN.limits.ACCEPTANCE.days });
    expect(acceptance.dueAt).toBe(dueUnder(acceptance.startAt, TIANJIN.limits.ACCEPTANCE));
    expect(acceptance.days).not.toBe(NATIONAL.limits.ACCEPTANCE.days);
    // not competent: back on the receiving office's clock, still the office's own rule set
    const objected = await ok('binhai', OBJECT, { id, reason: '不属于本单位职责。' });
    expect(running(objected, 'DISPOSAL')).toMatchObject({
      ruleSet: 'tianjin-31530',
      days: TIANJIN.limits.DISPOSAL.days,
    });
  });

  it('gives 15 days to reply and at most 15 more, where the national rule gives 60 and 30 (R-P8)', async () => {
    const id = await binhaiPetition('道路破损');
    await ok('xfb.city', FORWARD, { id, unitId: BINHAI_HOUSING });
    const accepted = await ok('binhai', ACCEPT, { id });
    const handling = running(accepted, 'HANDLING');
    expect(handling).toMatchObject({ ruleSet: 'tianjin-31530', days: TIANJIN.limits.HANDLING.days });
    expect(handling.dueAt).toBe(dueUnder(handling.startAt, TIANJIN.limits.HANDLING));
    const max = TIANJIN.maxExtensionDays.HANDLING!;
    expect(max).toBeLessThan(NATIONAL.maxExtensionDays.HANDLING!);
    const tooLong = await mutate('binhai', EXTEND, { id, days: max + 1, reason: '案情复杂' });
    expect(onlyError(tooLong).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
      reason: 'EXTENSION_DAYS_OUT_OF_RANGE',
      reasonParams: { max },
    });
    const extended = running(await ok('binhai', EXTEND, { id, days: max, reason: '案情复杂' }), 'HANDLING');
    expect(extended).toMatchObject({ extensionDays: max });
    expect(extended.explanation).toMatch(
      /^天津市.*（tianjin-31530 第1版）：自ACCEPTED（.*）起15日，延长15日，至.* 24时。$/,
    );
    expect(extended.dueAt).toBe(dueUnder(handling.startAt, TIANJIN.limits.HANDLING, max));
    const again = await mutate('binhai', EXTEND, { id, days: 1, reason: '再次延期' });
    expect(onlyError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXTENSION_ALREADY_GRANTED' });
  });

  it('dates the automatic supervision order on a Binhai unit under tianjin-31530 (R-P11)', async () => {
    const id = await binhaiPetition('噪音扰民');
    await ok('xfb.city', FORWARD, { id, unitId: BINHAI_HOUSING });
    const late = platform.clock.advance(20);
    await platform.services.petitions.rounds.procedure!(late);
    const [order] = (await read(id)).supervisionOrders;
    expect(order).toMatchObject({ automatic: true, unit: { id: BINHAI_HOUSING }, ruleSet: 'tianjin-31530' });
    expect(order!.dueAt).toBe(dueUnder(order!.issuedAt, TIANJIN.limits.SUPERVISION_ANSWER));
  });
});

describe('a unit switched to another rule set (R-T1 "a unit can switch", R-T2)', () => {
  it('opens new clocks under the new rule set while running ones keep the rule they recorded', async () => {
    const forward = async (title: string) => {
      const filed = await submit(platform, onlineInput({ title, content: `${title}，请处理。` }), tokens.citizen);
      const id = filed.data!.submitPetition.petition.id;
      return ok('xfb.hexi', FORWARD, { id, unitId: HEXI_ENVIRONMENT });
    };
    const before = running(await forward('河道异味'), 'ACCEPTANCE');
    expect(before).toMatchObject({ ruleSet: 'national-2022', days: NATIONAL.limits.ACCEPTANCE.days });
    const older = (await forward('工地扬尘')).id;

    const switched = await platform.graphql<{ setUnitRuleSet: { ruleSetCode: string } }>(
      SWITCH,
      { unitId: HEXI_ENVIRONMENT, code: 'tianjin-31530' },
      { token: tokens.admin },
    );
    expect(switched.data?.setUnitRuleSet.ruleSetCode).toBe('tianjin-31530');
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // the petitions' copy revalidates each second

    const after = running(await forward('夜间排污'), 'ACCEPTANCE');
    expect(after).toMatchObject({ ruleSet: 'tianjin-31530', days: TIANJIN.limits.ACCEPTANCE.days });
    // the clock opened before the switch keeps its rule, days and end
    const kept = running(await read(older, 'xfb.hexi'), 'ACCEPTANCE');
    expect(kept).toMatchObject({ ruleSet: 'national-2022', days: NATIONAL.limits.ACCEPTANCE.days });
    expect(kept.dueAt).toBe(dueUnder(kept.startAt, NATIONAL.limits.ACCEPTANCE));
    // the next step of that petition opens its clock under the rule set of now
    const accepted = await ok('handler.hexi.sthj', ACCEPT, { id: older });
    expect(running(accepted, 'HANDLING')).toMatchObject({
      ruleSet: 'tianjin-31530',
      days: TIANJIN.limits.HANDLING.days,
    });
  });

  it('lets only the administrator switch, to a rule set the platform knows, and changes nothing otherwise', async () => {
    const ruleSetOfUnit = async () =>
      (
        await platform.graphql<{ unit: { ruleSetCode: string } }>(
          'query U($id: ID!) { unit(id: $id) { ruleSetCode } }',
          { id: BINHAI_OFFICE },
          { token: tokens.admin },
        )
      ).data!.unit.ruleSetCode;
    const denied = await platform.graphql(
      SWITCH,
      { unitId: BINHAI_OFFICE, code: 'national-2022' },
      { token: tokens['xfb.city'] },
    );
    expect(onlyError(denied).extensions?.code).toBe('FORBIDDEN');
    const unknown = await platform.graphql(
      SWITCH,
      { unitId: BINHAI_OFFICE, code: 'nowhere-1' },
      { token: tokens.admin },
    );
    expect(onlyError(unknown).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleSetCode' });
    expect(await ruleSetOfUnit()).toBe('tianjin-31530');
    const allowed = await platform.graphql(
      SWITCH,
      { unitId: BINHAI_OFFICE, code: 'national-2022' },
      { token: tokens.admin },
    );
    expect(allowed.errors).toBeUndefined();
    expect(await ruleSetOfUnit()).toBe('national-2022');
  });
});
