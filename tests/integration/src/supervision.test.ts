import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS } from './support/demo.js';
import { countRows, onlineInput, onlyError, submit } from './support/petitions.js';

// Supervision orders and the scheduler that keeps the clocks (R-SUP, R-P11, R-T1).
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const USERS = ['citizen', 'xfb.hexi', 'leader.hexi', 'handler.hexi.zj', 'handler.hexi.sthj'] as const;
type User = (typeof USERS)[number];
const HEXI_HOUSING = unitIdForKey('120103/zj');
const DAY = 86_400_000;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of USERS) tokens[user] = await platform.login(user);
});
afterAll(() => platform?.stop());

async function gql<T>(user: User, query: string, variables: Record<string, unknown> = {}) {
  return platform.graphql<T>(query, variables, { token: tokens[user] });
}

/** A citizen's petition, forwarded to the district housing commission at `now`. */
async function forwarded(title: string): Promise<string> {
  const filed = await submit(platform, onlineInput({ title, content: `${title}，请有关部门处理。` }), tokens.citizen);
  const id = filed.data!.submitPetition.petition.id;
  const disposed = await gql(
    'xfb.hexi',
    'mutation D($id: ID!, $u: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $u }) { id } }',
    {
      id,
      u: HEXI_HOUSING,
    },
  );
  expect(disposed.errors).toBeUndefined();
  return id;
}

interface Orders {
  petition: {
    supervisionOrders: {
      id: string;
      level: string;
      automatic: boolean;
      dueAt: string;
      answeredAt: string | null;
      escalatedAt: string | null;
      unit: { name: string };
    }[];
    deadlines: { kind: string; dueAt: string; overdueAt: string | null }[];
    history: { action: string }[];
  };
}
const ORDERS = `query O($id: ID!) { petition(id: $id) {
  supervisionOrders { id level automatic dueAt answeredAt escalatedAt unit { name } }
  deadlines { kind dueAt overdueAt } history { action } } }`;

const ISSUE = `mutation I($input: SupervisionOrderInput!) { issueSupervisionOrder(input: $input) {
  id level dueAt automatic unit { name } issuedBy { name } petition { id } } }`;
const ANSWER =
  'mutation A($id: ID!, $answer: String!) { answerSupervisionOrder(id: $id, answer: $answer) { id answer answeredAt } }';

describe('supervision orders (R-SUP, R-P11)', () => {
  it('are issued by the petition office or a leader, answered by the unit within 30 days, once', async () => {
    const id = await forwarded('楼道照明长期损坏');
    const issued = await gql<{
      issueSupervisionOrder: {
        id: string;
        level: string;
        dueAt: string;
        unit: { name: string };
        issuedBy: { name: string };
      };
    }>('xfb.hexi', ISSUE, {
      input: {
        petitionId: id,
        level: 'SUPERVISION',
        trigger: 'BUCK_PASSING',
        note: '请于规定期限内书面答复办理情况。',
      },
    });
    expect(issued.errors).toBeUndefined();
    const order = issued.data!.issueSupervisionOrder;
    expect(order).toMatchObject({
      level: 'SUPERVISION',
      unit: { name: '河西区住房和建设委员会' },
      issuedBy: { name: '河西区信访办' },
    });
    // 30 calendar days, carried past rest days: between 30 and 33 days away
    const daysAway = (new Date(order.dueAt).getTime() - Date.now()) / DAY;
    expect(daysAway).toBeGreaterThan(29);
    expect(daysAway).toBeLessThan(34);

    const byLeader = await gql('leader.hexi', ISSUE, { input: { petitionId: id, level: 'LISTED', trigger: 'OTHER' } });
    expect(byLeader.errors).toBeUndefined();
    const byCitizen = await gql('citizen', ISSUE, { input: { petitionId: id, level: 'REMINDER', trigger: 'OTHER' } });
    expect(onlyError(byCitizen).extensions?.code).toBe('FORBIDDEN');
    const talk = await gql('xfb.hexi', ISSUE, { input: { petitionId: id, level: 'TALK', trigger: 'OTHER' } });
    expect(onlyError(talk).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });

    // another unit cannot answer it; the supervised unit can, once
    const other = await gql('handler.hexi.sthj', ANSWER, { id: order.id, answer: '已处理' });
    expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
    const answered = await gql<{ answerSupervisionOrder: { answeredAt: string } }>('handler.hexi.zj', ANSWER, {
      id: order.id,
      answer: '已安排物业公司于三日内修复楼道照明，并回访信访人。',
    });
    expect(answered.errors).toBeUndefined();
    expect(onlyError(await gql('handler.hexi.zj', ANSWER, { id: order.id, answer: '再次答复' })).extensions?.code).toBe(
      'CONFLICT',
    );

    // the supervision board of the office lists what is still open
    const board = await gql<{ supervisionOrders: { id: string; level: string }[] }>(
      'xfb.hexi',
      '{ supervisionOrders(filter: { open: true }) { id level petition { id } } }',
    );
    const open = board.data!.supervisionOrders.map((o) => o.id);
    expect(open).not.toContain(order.id);
    expect(board.data!.supervisionOrders.map((o) => o.level)).toContain('LISTED');
    const trail = await gql<Orders>('xfb.hexi', ORDERS, { id });
    expect(trail.data!.petition.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['SUPERVISION_ISSUED', 'SUPERVISION_ANSWERED']),
    );
  });
});

describe('the scheduler (R-T1, R-SUP), driven by a controllable clock', () => {
  it('reminds before a deadline, flags it overdue, opens supervision, escalates it — each once', async () => {
    const id = await forwarded('小区消防通道被占用');
    const scheduler = { tick: platform.services.petitions.rounds.procedure! };
    const start = Date.now();
    const at = (days: number) => new Date(start + days * DAY);
    const read = async () => (await gql<Orders>('xfb.hexi', ORDERS, { id })).data!.petition;

    // the 15-day acceptance clock: nothing to do on day 5; a reminder within 3 days of its end
    const due = new Date((await read()).deadlines.find((d) => d.kind === 'ACCEPTANCE')!.dueAt).getTime();
    await scheduler.tick(at(5));
    await scheduler.tick(new Date(due - 3 * DAY - 60_000));
    expect((await read()).history.map((h) => h.action)).not.toContain('DEADLINE_REMINDER');
    await scheduler.tick(new Date(due - 2 * DAY));
    await scheduler.tick(new Date(due - DAY)); // a later round does not remind again
    expect((await read()).history.filter((h) => h.action === 'DEADLINE_REMINDER')).toHaveLength(1);

    // past its end (carried over rest days at most 3 days): overdue, and the unit is urged (催办)
    await Promise.all([scheduler.tick(at(20)), platform.services.petitions.rounds.procedure!(at(20))]);
    let petition = await read();
    expect(petition.deadlines.find((d) => d.kind === 'ACCEPTANCE')!.overdueAt).not.toBeNull();
    // the objection window is a right, not a duty: never flagged
    expect(petition.deadlines.find((d) => d.kind === 'OBJECTION')!.overdueAt).toBeNull();
    expect(petition.supervisionOrders).toHaveLength(1); // two instances at once, still one order
    expect(petition.supervisionOrders[0]).toMatchObject({
      level: 'REMINDER',
      automatic: true,
      unit: { name: '河西区住房和建设委员会' },
    });

    // unanswered past its 30 days: escalated to a supervision order (督办), once
    await scheduler.tick(at(55));
    await scheduler.tick(at(56));
    petition = await read();
    expect(petition.supervisionOrders.map((o) => o.level)).toEqual(['REMINDER', 'SUPERVISION']);
    expect(petition.supervisionOrders[0]!.escalatedAt).not.toBeNull();
    expect(petition.supervisionOrders[1]).toMatchObject({ automatic: true, escalatedAt: null });

    // every step of the scheduler left its event in the outbox
    const events = await platform.services.petitions.orm.em
      .fork()
      .getConnection()
      .execute<{ type: string }[]>('select type from petitions.outbox_event where aggregate_id = ? order by seq', [id]);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['DeadlineReminder', 'DeadlineOverdue', 'SupervisionIssued', 'SupervisionEscalated']),
    );
  });
});

describe('only a unit with a part in the petition is supervised on it (issue 8, defect 5; R-SUP)', () => {
  const { HEXI_ENVIRONMENT, HEXI_CITY_MANAGEMENT, HEXI_OFFICE } = DEMO_UNITS;
  const BOARD = '{ supervisionOrders(first: 100) { id note petition { id title } } }';

  it('refuses a unit with no part, naming the field, and writes nothing; the lead, co-handling and receiving units may be', async () => {
    const filed = await submit(platform, onlineInput({ title: '小区雨水管网堵塞' }), tokens.citizen);
    const id = filed.data!.submitPetition.petition.id;
    const disposed = await gql(
      'xfb.hexi',
      'mutation D($id: ID!, $u: ID!, $co: [ID!]) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $u, coHandlingUnitIds: $co }) { id } }',
      { id, u: HEXI_HOUSING, co: [HEXI_CITY_MANAGEMENT] },
    );
    expect(disposed.errors).toBeUndefined();
    const orders = await countRows(platform, 'supervision_order');
    const refused = await gql('xfb.hexi', ISSUE, {
      input: { petitionId: id, unitId: HEXI_ENVIRONMENT, level: 'REMINDER', trigger: 'OTHER', note: '请说明情况' },
    });
    expect(onlyError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    expect(await countRows(platform, 'supervision_order')).toBe(orders);
    for (const unitId of [HEXI_HOUSING, HEXI_CITY_MANAGEMENT, HEXI_OFFICE]) {
      const issued = await gql('xfb.hexi', ISSUE, {
        input: { petitionId: id, unitId, level: 'REMINDER', trigger: 'OTHER' },
      });
      expect({ unitId, errors: issued.errors }).toEqual({ unitId, errors: undefined });
    }
  });

  it('keeps a unit’s board whole when an order on a petition it cannot see exists, and leaves that order out', async () => {
    const id = await forwarded('小区化粪池外溢');
    const own = await gql<{ issueSupervisionOrder: { id: string } }>('xfb.hexi', ISSUE, {
      input: { petitionId: id, level: 'REMINDER', trigger: 'OTHER' },
    });
    // an order to a unit with no part, as issuing allowed before this release
    const stray = '0193c2a0-0000-7000-8000-0000000000aa';
    await platform.services.petitions.orm.em.getConnection().execute(
      `insert into petitions.supervision_order (id, petition_id, unit_id, level, trigger, note, automatic, issued_at, due_at, version)
         values (?, ?, ?, 'SUPERVISION', 'OTHER', '内部督办说明', false, now(), now() + interval '30 days', 1)`,
      [stray, id, HEXI_ENVIRONMENT],
    );
    const board = await gql<{ supervisionOrders: { id: string; note: string | null }[] }>('handler.hexi.sthj', BOARD);
    expect(board.errors).toBeUndefined();
    expect(board.data!.supervisionOrders.map((o) => o.id)).not.toContain(stray);
    expect(JSON.stringify(board.data)).not.toContain('内部督办说明');
    const answered = await gql('handler.hexi.sthj', ANSWER, { id: stray, answer: '已知悉' });
    expect(onlyError(answered).extensions?.code).toBe('NOT_FOUND');
    // the units with a part still see both on their boards
    const office = await gql<{ supervisionOrders: { id: string }[] }>('xfb.hexi', BOARD);
    expect(office.data!.supervisionOrders.map((o) => o.id)).toEqual(
      expect.arrayContaining([own.data!.issueSupervisionOrder.id, stray]),
    );
    const lead = await gql<{ supervisionOrders: { id: string }[] }>('handler.hexi.zj', BOARD);
    expect(lead.data!.supervisionOrders.map((o) => o.id)).toContain(own.data!.issueSupervisionOrder.id);
  });
});
