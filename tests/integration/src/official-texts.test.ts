import { chinaDateInWords } from '@tjxf/calendar';
import { unitIdForKey } from '@tjxf/domain';
import { petitionsService } from '@tjxf/petitions';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, submit } from './support/petitions.js';

// What citizens and units read must be official text (issue 10): one language, the limits and
// steps named in words, Beijing dates in words; the petitioner's next step from the clock that
// governs it; no note between the offices and the units in the petitioner's timeline.
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const USERS = ['citizen', 'xfb.hexi', 'handler.hexi.zj', 'head.hexi.zj'] as const;
type User = (typeof USERS)[number];
const HEXI_HOUSING = unitIdForKey('120103/zj');
const PHONE_LAST4 = '8000'; // onlineInput's petitioner

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of USERS) tokens[user] = await platform.login(user);
});
afterEach(() => platform.clock.reset());
afterAll(() => platform?.stop());

async function ok<T>(user: User, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await platform.graphql<T>(query, variables, { token: tokens[user] });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Codes, UTC timestamps and English words: what an official Chinese text never contains. */
const NOT_OFFICIAL = /[A-Z_]{3,}|\d{4}-\d\d-\d\dT|\b[A-Za-z]{3,}\b/;

/** A citizen's petition, assigned (交办) to the district housing commission with an instruction. */
async function assigned(title: string, instruction: string): Promise<{ id: string; trackingCode: string }> {
  const filed = await submit(platform, onlineInput({ title, content: `${title}，请有关部门处理。` }), tokens.citizen);
  const { id, trackingCode } = filed.data!.submitPetition.petition;
  await ok(
    'xfb.hexi',
    'mutation D($id: ID!, $u: ID!, $n: String) { disposePetition(id: $id, input: { mode: ASSIGN, unitId: $u, note: $n }) { id } }',
    { id, u: HEXI_HOUSING, n: instruction },
  );
  return { id, trackingCode };
}

const STAFF_VIEW = `query P($id: ID!) { petition(id: $id) {
  supervisionOrders { automatic note }
  history { action note }
  deadlines { kind dueAt }
  documents { kind text } } }`;
interface StaffView {
  petition: {
    supervisionOrders: { automatic: boolean; note: string | null }[];
    history: { action: string; note: string | null }[];
    deadlines: { kind: string; dueAt: string }[];
    documents: { kind: string; text: string }[];
  };
}

const CITIZEN_VIEW = `query P($id: ID!) { petition(id: $id) {
  nextStep currentDeadline { kind dueAt } deadlines { kind } history { action note } documents { kind text } } }`;
interface CitizenView {
  petition: {
    nextStep: string;
    currentDeadline: { kind: string; dueAt: string } | null;
    deadlines: { kind: string }[];
    history: { action: string; note: string | null }[];
    documents: { kind: string; text: string }[];
  };
}

const TRACK = `query T($code: String!, $last4: String!) { trackPetition(trackingCode: $code, phoneLast4: $last4) {
  nextStep currentDeadline { kind dueAt } history { action note } documents { kind text } } }`;
interface Tracked {
  trackPetition: CitizenView['petition'];
}

describe('official texts are Chinese only, with limits in words and Beijing dates in words (issue 10)', () => {
  it('an automatic supervision order names the missed limit and its day, and nothing else', async () => {
    const { id } = await assigned('小区消防通道长期被占用', '请核实后依法处理。');
    const acceptance = (await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id })).petition.deadlines.find(
      (d) => d.kind === 'ACCEPTANCE',
    )!;
    await platform.services.petitions.rounds.procedure!(platform.clock.advance(20));
    const { petition } = await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id });
    const order = petition.supervisionOrders.find((o) => o.automatic)!;
    expect(order.note).toBe(
      `告知是否受理期限已于${chinaDateInWords(new Date(acceptance.dueAt))}届满。请抓紧办理，并书面报告办理情况。`,
    );
    // the staff history says the same in words: the overdue clock and the order's level
    const overdue = petition.history.find((h) => h.action === 'DEADLINE_OVERDUE')!;
    expect(overdue.note).toBe(`告知是否受理期限已于${chinaDateInWords(new Date(acceptance.dueAt))}届满。`);
    const issued = petition.history.find((h) => h.action === 'SUPERVISION_ISSUED')!;
    expect(issued.note).toBe(`催办：${order.note}`);
    for (const text of [order.note, overdue.note, issued.note]) expect(text).not.toMatch(NOT_OFFICIAL);
  });

  it('the extension notice the petitioner reads is Chinese only, its new day in words', async () => {
    const { id, trackingCode } = await assigned('楼道照明长期损坏', '请核实后依法处理。');
    await ok('handler.hexi.zj', 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id });
    await ok(
      'head.hexi.zj',
      'mutation E($id: ID!) { extendHandling(id: $id, days: 30, reason: "涉及多个部门，需要现场勘查。") { id } }',
      {
        id,
      },
    );
    const handling = (await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id })).petition.deadlines.find(
      (d) => d.kind === 'HANDLING',
    )!;
    const expected =
      `你（你们）反映的事项，经本单位负责人批准，办理期限延长30日，将于${chinaDateInWords(new Date(handling.dueAt))}` +
      '前出具书面答复意见。延期理由：涉及多个部门，需要现场勘查。';
    const mine = await ok<CitizenView>('citizen', CITIZEN_VIEW, { id });
    const tracked = await ok<Tracked>('citizen', TRACK, { code: trackingCode, last4: PHONE_LAST4 });
    for (const documents of [mine.petition.documents, tracked.trackPetition.documents]) {
      const notice = documents.find((d) => d.kind === 'EXTENSION_NOTICE')!;
      expect(notice.text).toBe(expected);
      // the acceptance notice before it is Chinese only too
      expect(documents.find((d) => d.kind === 'ACCEPTANCE_NOTICE')!.text).not.toMatch(NOT_OFFICIAL);
    }
  });

  it('older stored texts read the same once migrated: orders, the staff history, the notices', async () => {
    const { id } = await assigned('路灯不亮', '请核实后依法处理。');
    await ok('handler.hexi.zj', 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id });
    await ok(
      'head.hexi.zj',
      'mutation E($id: ID!) { extendHandling(id: $id, days: 15, reason: "需要现场勘查") { id } }',
      {
        id,
      },
    );
    await platform.services.petitions.rounds.procedure!(platform.clock.advance(90));
    const now = (await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id })).petition;
    const handling = now.deadlines.find((d) => d.kind === 'HANDLING')!;
    const due = new Date(handling.dueAt);
    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      // as the platform wrote them before issue 10
      const iso = due.toISOString();
      const day = due.toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
      const old = `HANDLING 期限已过（${iso}）。The HANDLING time limit has passed.`;
      await db.query(`update petitions.supervision_order set note = $2 where petition_id = $1 and automatic`, [
        id,
        old,
      ]);
      await db.query(
        `update petitions.petition_history set note = case action when 'DEADLINE_OVERDUE' then $2
           when 'SUPERVISION_ISSUED' then $3 else note end where petition_id = $1`,
        [id, `HANDLING: ${iso}`, `REMINDER: ${old}`],
      );
      await db.query(
        `update petitions.petition_document set text = $2 where petition_id = $1 and kind = 'EXTENSION_NOTICE'`,
        [id, `办理期限延长15日，至${day}。理由：需要现场勘查 Handling extended by 15 days, to ${day}.`],
      );
      await db.query(
        `update petitions.petition_document set text = text || 'Your petition has been accepted; a written reply follows within 60 days.'
          where petition_id = $1 and kind = 'ACCEPTANCE_NOTICE'`,
        [id],
      );
      const { orm } = platform.services.petitions;
      const Official = petitionsService.migrations.find((m) => m.name === 'Migration20261130180000_official_texts')!;
      const migration = new Official(orm.em.getDriver() as never, orm.config);
      await migration.up();
      for (const sql of migration.getQueries()) await db.query(sql as string);
    } finally {
      await db.end();
    }
    const after = (await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id })).petition;
    const missed = `办理答复期限已于${chinaDateInWords(due)}届满。`;
    expect(after.supervisionOrders.find((o) => o.automatic)!.note).toBe(`${missed}请抓紧办理，并书面报告办理情况。`);
    expect(after.history.find((h) => h.action === 'DEADLINE_OVERDUE')!.note).toBe(missed);
    expect(after.history.find((h) => h.action === 'SUPERVISION_ISSUED')!.note).toBe(
      `催办：${missed}请抓紧办理，并书面报告办理情况。`,
    );
    expect(after.documents.find((d) => d.kind === 'EXTENSION_NOTICE')!.text).toBe(
      `你（你们）反映的事项，经本单位负责人批准，办理期限延长15日，将于${chinaDateInWords(due)}前出具书面答复意见。延期理由：需要现场勘查`,
    );
    expect(after.documents.find((d) => d.kind === 'ACCEPTANCE_NOTICE')!.text).toBe(
      now.documents.find((d) => d.kind === 'ACCEPTANCE_NOTICE')!.text,
    );
  });
});

describe('the petitioner’s next step after assignment (issue 10)', () => {
  it('names who acts, what they do and the acceptance deadline, not the unit’s objection window', async () => {
    const { id, trackingCode } = await assigned('小区垃圾清运不及时', '请核实后依法处理。');
    const staff = (await ok<StaffView>('xfb.hexi', STAFF_VIEW, { id })).petition;
    const acceptance = staff.deadlines.find((d) => d.kind === 'ACCEPTANCE')!;
    const objection = staff.deadlines.find((d) => d.kind === 'OBJECTION')!;
    expect(new Date(objection.dueAt).getTime()).toBeLessThan(new Date(acceptance.dueAt).getTime());
    const expected = `负责办理的单位将于${chinaDateInWords(new Date(acceptance.dueAt))}前书面告知您是否受理。`;
    const mine = (await ok<CitizenView>('citizen', CITIZEN_VIEW, { id })).petition;
    const tracked = (await ok<Tracked>('citizen', TRACK, { code: trackingCode, last4: PHONE_LAST4 })).trackPetition;
    for (const view of [mine, tracked]) {
      expect(view.nextStep.startsWith(expected)).toBe(true);
      expect(view.currentDeadline).toEqual({ kind: 'ACCEPTANCE', dueAt: acceptance.dueAt });
    }
    // the objection window is between the office and the unit: not in the petitioner's list
    expect(mine.deadlines.map((d) => d.kind)).toEqual(['DISPOSAL', 'ACCEPTANCE']);
  });
});

describe('what of the timeline the petitioner sees is decided per entry (issue 10)', () => {
  const instruction = '内部交办意见：请于三日内联系信访人并现场核实。';

  it('the petition office and the unit read the instruction of the assignment (交办意见)', async () => {
    const { id } = await assigned('小区绿地被占建停车位', instruction);
    const { petition } = await ok<StaffView>('handler.hexi.zj', STAFF_VIEW, { id });
    expect(petition.history.find((h) => h.action === 'ASSIGNED')!.note).toBe(instruction);
  });

  it('the petitioner sees that it was assigned, never the instruction, signed in or tracking', async () => {
    const { id, trackingCode } = await assigned('小区电梯长期故障', instruction);
    const mine = (await ok<CitizenView>('citizen', CITIZEN_VIEW, { id })).petition;
    const tracked = (await ok<Tracked>('citizen', TRACK, { code: trackingCode, last4: PHONE_LAST4 })).trackPetition;
    for (const view of [mine, tracked]) {
      expect(view.history.map((h) => h.action)).toEqual(['SUBMITTED_ONLINE', 'ASSIGNED']);
      expect(view.history.find((h) => h.action === 'ASSIGNED')!.note).toBeNull();
      expect(JSON.stringify(view)).not.toContain('内部交办意见');
    }
  });
});
