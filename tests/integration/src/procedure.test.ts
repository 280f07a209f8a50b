import { LIBRARY_CALENDAR, deadlineOf } from '@tjxf/calendar';
import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, submit } from './support/petitions.js';

// The statutory procedure through the gateway (R-P6 to R-P10, R-P13, R-T1, R-T2, R-X).
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const USERS = [
  'citizen',
  'xfb.hexi',
  'xfb.city',
  'handler.hexi.zj',
  'head.hexi.zj',
  'handler.hexi.sthj',
  'handler.city.zj',
  'leader.hexi',
  'leader.city',
] as const;
type User = (typeof USERS)[number];

const HEXI_HOUSING = unitIdForKey('120103/zj');
const HEXI_CITY_MANAGEMENT = unitIdForKey('120103/cg');
const HEXI_GOVERNMENT = unitIdForKey('120103/government');
const CITY_GOVERNMENT = unitIdForKey('120000/government');
const BINHAI_HOUSING = unitIdForKey('120116/zj');
const HEXI_ENVIRONMENT = unitIdForKey('120103/sthj');
const CITY_HOUSING = unitIdForKey('120000/zj');

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of USERS) tokens[user] = await platform.login(user);
});
afterAll(() => platform?.stop());
// a test that lets days pass leaves the next one at today
afterEach(() => platform.clock.reset());

const PETITION = `
  id status version allowedActions leadUnit { id name } reviewUnit { id name } coHandlingUnits { id name }
  deadlines { kind basis days ruleSet ruleSetVersion startEvent startAt dueAt metAt closedAt extensionDays pausedAt pausedDays unit { id } }
  documents { kind outcome remedy text }
  history { action fromStatus toStatus }
  tasks { id kind dueAt doneAt report }
`;
interface Petition {
  id: string;
  status: string;
  version: number;
  allowedActions: string[];
  leadUnit: { id: string; name: string } | null;
  reviewUnit: { id: string; name: string } | null;
  coHandlingUnits: { id: string; name: string }[];
  deadlines: {
    kind: string;
    basis: string;
    days: number;
    ruleSet: string;
    ruleSetVersion: number;
    startEvent: string;
    startAt: string;
    dueAt: string;
    metAt: string | null;
    closedAt: string | null;
    extensionDays: number;
    pausedAt: string | null;
    pausedDays: number;
    unit: { id: string } | null;
  }[];
  documents: { kind: string; outcome: string | null; remedy: string | null; text: string }[];
  history: { action: string; fromStatus: string | null; toStatus: string | null }[];
  tasks: { id: string; kind: string; dueAt: string | null; doneAt: string | null; report: string | null }[];
}

async function step(user: User, mutation: string, variables: Record<string, unknown>) {
  const field = mutation.match(/^\s*(\w+)/)![1]!;
  const args = Object.keys(variables)
    .map((k) => `${k}: $${k}`)
    .join(', ');
  const types: Record<string, string> = {
    id: 'ID!',
    input:
      {
        disposePetition: 'DisposeInput!',
        evaluatePetition: 'EvaluateInput!',
        referCompetenceDispute: 'CompetenceDisputeInput!',
        decideCompetence: 'CompetenceDecisionInput!',
      }[field] ?? 'ReplyInput!',
    note: 'String',
    reason: 'String!',
    days: 'Int!',
    expectedVersion: 'Int',
  };
  const decl = Object.keys(variables)
    .map((k) => `$${k}: ${types[k]}`)
    .join(', ');
  // a petitioner reads their petition, not the staff's tasks and assessments
  const selection =
    field === 'evaluatePetition'
      ? 'id target rating'
      : user === 'citizen'
        ? 'id status version allowedActions'
        : PETITION;
  return platform.graphql<Record<string, Petition>>(
    `mutation M(${decl}) { ${field}(${args}) { ${selection} } }`,
    variables,
    { token: tokens[user] },
  );
}

async function ok(user: User, mutation: string, variables: Record<string, unknown>): Promise<Petition> {
  const result = await step(user, mutation, variables);
  if (result.errors) throw new Error(`${mutation} as ${user}: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data!)[0]!;
}

async function read(user: User, id: string): Promise<Petition> {
  const result = await platform.graphql<{ petition: Petition }>(
    `query P($id: ID!) { petition(id: $id) { ${PETITION} } }`,
    { id },
    {
      token: tokens[user],
    },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petition;
}

async function newPetition(overrides: Record<string, unknown> = {}): Promise<string> {
  const filed = await submit(platform, onlineInput(overrides), tokens.citizen);
  if (filed.errors) throw new Error(JSON.stringify(filed.errors));
  return filed.data!.submitPetition.petition.id;
}

const reply = {
  outcome: 'SUPPORTED',
  facts: '经查，该小区物业公司未按合同约定清运楼道垃圾。',
  reasons: '物业服务企业应当按照约定提供服务。',
  legalBasis: '《物业管理条例》第三十五条',
};
const dueDay = (iso: string) => new Date(iso).toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });

describe('the demo petitions (npm start)', () => {
  it('went through the real procedure, with the clocks that follow from it', async () => {
    const find = async (text: string) => {
      const result = await platform.graphql<{ petitions: { edges: { node: { id: string } }[] } }>(
        'query F($text: String) { petitions(filter: { text: $text }, first: 1) { edges { node { id } } } }',
        { text },
        { token: tokens['xfb.hexi'] },
      );
      return read('xfb.hexi', result.data!.petitions.edges[0]!.node.id);
    };
    const heating = await find('小区冬季供暖温度长期不达标');
    expect(heating.status).toBe('AWAITING_ACCEPTANCE');
    expect(heating.deadlines.find((d) => d.kind === 'DISPOSAL')!.metAt).not.toBeNull();
    expect(heating.deadlines.find((d) => d.kind === 'ACCEPTANCE')).toMatchObject({
      startEvent: 'FORWARDED',
      metAt: null,
    });
    expect((await read('handler.hexi.zj', heating.id)).allowedActions).toEqual(['ACCEPT', 'DECLINE', 'OBJECT']);
    const demolition = await find('旧房拆迁补偿标准不清楚');
    expect(demolition.status).toBe('ACCEPTED');
    expect(demolition.deadlines.find((d) => d.kind === 'HANDLING')).toMatchObject({ days: 60, metAt: null });
    expect(demolition.documents.map((d) => d.kind)).toEqual(['ACCEPTANCE_NOTICE']);
  });
});

describe('a petition through every step, to conclusion (R-P6 to R-P10, R-P13)', () => {
  it('is assigned with a co-handling unit, accepted, extended once, replied, rated, reviewed, re-reviewed and concluded', async () => {
    const id = await newPetition({
      content: '桃园街道某小区物业公司长期不清理楼道垃圾，另有违规搭建问题，请求督促整改。',
    });
    expect((await read('xfb.hexi', id)).allowedActions).toEqual(['FORWARD', 'ASSIGN', 'REDIRECT']);

    // 交办 to the district housing commission, with city management co-handling (R-X)
    let p = await ok('xfb.hexi', 'disposePetition', {
      id,
      input: { mode: 'ASSIGN', unitId: HEXI_HOUSING, coHandlingUnitIds: [HEXI_CITY_MANAGEMENT] },
    });
    expect(p.status).toBe('AWAITING_ACCEPTANCE');
    expect(p.leadUnit?.name).toBe('河西区住房和建设委员会');
    expect(p.coHandlingUnits.map((u) => u.name)).toEqual(['河西区城市管理委员会']);
    expect(p.tasks.map((t) => t.kind).sort()).toEqual(['COMPLETION_REPORT', 'CO_HANDLING', 'LEAD']);
    const disposal = p.deadlines.find((d) => d.kind === 'DISPOSAL')!;
    expect(disposal.metAt).not.toBeNull();
    const acceptance = p.deadlines.find((d) => d.kind === 'ACCEPTANCE')!;
    expect(acceptance).toMatchObject({ days: 15, basis: 'CALENDAR_DAYS', ruleSet: 'national-2022', ruleSetVersion: 1 });
    expect(acceptance.unit?.id).toBe(HEXI_HOUSING);
    expect(p.deadlines.find((d) => d.kind === 'OBJECTION')).toMatchObject({ days: 5, basis: 'WORKING_DAYS' });

    // the handler sees what the unit may do now; the head may not extend before acceptance
    expect((await read('handler.hexi.zj', id)).allowedActions).toEqual(['ACCEPT', 'DECLINE', 'OBJECT']);
    p = await ok('handler.hexi.zj', 'acceptPetition', { id });
    expect(p.status).toBe('ACCEPTED');
    expect(p.documents.map((d) => d.kind)).toContain('ACCEPTANCE_NOTICE');
    const handling = p.deadlines.find((d) => d.kind === 'HANDLING')!;
    expect(handling).toMatchObject({ days: 60, ruleSet: 'national-2022', metAt: null });

    // one extension of at most 30 days, by the head only (R-P8)
    const handlerExtends = await step('handler.hexi.zj', 'extendHandling', { id, days: 30, reason: '需要现场勘查' });
    expect(onlyError(handlerExtends).extensions?.code).toBe('FORBIDDEN');
    const tooLong = await step('head.hexi.zj', 'extendHandling', { id, days: 31, reason: '需要现场勘查' });
    expect(onlyError(tooLong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    p = await ok('head.hexi.zj', 'extendHandling', { id, days: 30, reason: '涉及多个部门，需要现场勘查' });
    const extended = p.deadlines.find((d) => d.kind === 'HANDLING')!;
    expect(extended.extensionDays).toBe(30);
    // 60 + 30 days from the same start (not the old end + 30: that end may have been carried past a weekend)
    const ninety = deadlineOf(
      { start: new Date(handling.startAt), days: 90, basis: 'CALENDAR_DAYS' },
      LIBRARY_CALENDAR,
    );
    expect(extended.dueAt).toBe(ninety.dueAt.toISOString());
    expect(new Date(extended.dueAt).getTime()).toBeGreaterThan(new Date(handling.dueAt).getTime());
    const again = await step('head.hexi.zj', 'extendHandling', { id, days: 5, reason: '再次延期' });
    expect(onlyError(again).extensions?.code).toBe('CONFLICT');

    // the completion report of an assigned case comes after the reply (R-P6)
    const reportTask = p.tasks.find((t) => t.kind === 'COMPLETION_REPORT')!;
    const completeTask = (user: User) =>
      platform.graphql<{ completeTask: { doneAt: string } }>(
        'mutation C($id: ID!, $r: String!) { completeTask(id: $id, report: $r) { doneAt report } }',
        { id: reportTask.id, r: '已督促物业公司清运垃圾并建立长效保洁制度。' },
        { token: tokens[user] },
      );
    expect(onlyError(await completeTask('handler.hexi.zj')).extensions?.code).toBe('CONFLICT');
    p = await ok('handler.hexi.zj', 'replyToPetition', { id, input: reply });
    expect(onlyError(await completeTask('handler.hexi.sthj')).extensions?.code).toBe('NOT_FOUND');
    expect((await completeTask('handler.hexi.zj')).errors).toBeUndefined();
    expect((await read('xfb.hexi', id)).tasks.find((t) => t.kind === 'COMPLETION_REPORT')!.doneAt).not.toBeNull();
    expect(p.status).toBe('REPLIED');
    expect(p.documents.find((d) => d.kind === 'REPLY')).toMatchObject({ outcome: 'SUPPORTED' });
    // how to ask for review, on its own and at the end of the document (R-P8)
    const replied = p.documents.find((d) => d.kind === 'REPLY')!;
    expect(replied.remedy).toMatch(/^如对本处理意见不服，可自收到之日起30日内.*请求复查/);
    expect(replied.text.endsWith(replied.remedy!)).toBe(true);
    expect(p.deadlines.find((d) => d.kind === 'HANDLING')!.metAt).not.toBeNull();
    expect(p.deadlines.find((d) => d.kind === 'REVIEW_REQUEST')).toMatchObject({ days: 30, unit: null });

    // the petitioner rates the office and the unit separately; UNSATISFIED opens a follow-up (R-P13)
    const rate = (target: string, rating: string) =>
      step('citizen', 'evaluatePetition', { input: { petitionId: id, target, rating } });
    expect((await rate('PETITION_OFFICE', 'SATISFIED')).errors).toBeUndefined();
    expect((await rate('RESPONSIBLE_UNIT', 'UNSATISFIED')).errors).toBeUndefined();
    expect(onlyError(await rate('RESPONSIBLE_UNIT', 'SATISFIED')).extensions?.code).toBe('CONFLICT');
    expect((await read('xfb.hexi', id)).tasks.map((t) => t.kind)).toContain('FOLLOW_UP');

    // review by the district government, organised by its petition office (R-P10)
    p = await ok('citizen', 'requestReview', { id, reason: '对处理结果不满意，垃圾仍未清运' });
    expect(p.status).toBe('IN_REVIEW');
    const reviewing = await read('xfb.hexi', id);
    expect(reviewing.reviewUnit?.id).toBe(HEXI_GOVERNMENT);
    expect(reviewing.deadlines.find((d) => d.kind === 'REVIEW')).toMatchObject({ days: 30, metAt: null });
    expect(reviewing.allowedActions).toContain('DECIDE_REVIEW');
    p = await ok('xfb.hexi', 'decideReview', { id, input: { ...reply, outcome: 'EXPLAINED' } });
    expect(p.status).toBe('REVIEWED');

    // re-review by the city government; its opinion is final: concluded (R-P10)
    p = await ok('citizen', 'requestReview', { id, reason: '对复查意见仍不服' });
    expect(p.status).toBe('IN_RE_REVIEW');
    expect((await read('xfb.city', id)).reviewUnit?.id).toBe(CITY_GOVERNMENT);
    // a hearing stops the re-review clock; the twelve days it lasts do not count (R-P10, R-T1)
    const before = (await read('xfb.city', id)).deadlines.find((d) => d.kind === 'RE_REVIEW')!;
    const paused = await ok('xfb.city', 'holdHearing', { id, note: '组织听证' });
    expect(paused.deadlines.find((d) => d.kind === 'RE_REVIEW')!.pausedAt).not.toBeNull();
    expect(paused.allowedActions).toContain('END_HEARING');
    expect(onlyError(await step('xfb.city', 'holdHearing', { id })).extensions?.code).toBe('CONFLICT');
    platform.clock.advance(12);
    const resumed = (await ok('xfb.city', 'endHearing', { id })).deadlines.find((d) => d.kind === 'RE_REVIEW')!;
    expect(resumed).toMatchObject({ pausedAt: null, pausedDays: 12, days: 30 });
    // the period is now 30 + 12 calendar days from the same start, counted as the Civil Code counts
    const expected = deadlineOf(
      { start: new Date(before.startAt), days: 42, basis: 'CALENDAR_DAYS' },
      LIBRARY_CALENDAR,
    ).dueAt;
    expect(resumed.dueAt).toBe(expected.toISOString());
    expect(new Date(resumed.dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime());
    const districtTries = await step('xfb.hexi', 'decideReview', { id, input: reply });
    expect(onlyError(districtTries).extensions?.code).toBe('FORBIDDEN');
    p = await ok('xfb.city', 'decideReview', { id, input: { ...reply, outcome: 'NOT_SUPPORTED' } });
    expect(p.status).toBe('CONCLUDED');
    expect(p.history.slice(-2).map((h) => h.toStatus)).toEqual(['RE_REVIEWED', 'CONCLUDED']);
    expect(p.documents.find((d) => d.kind === 'RE_REVIEW_DECISION')!.remedy).toContain('不再受理');

    // every step left its history entry and outbox event in the same transaction
    const events = await platform.services.petitions.orm.em
      .fork()
      .getConnection()
      .execute<{ type: string }[]>(`select type from petitions.outbox_event where aggregate_id = ? order by seq`, [id]);
    // each clock met is told before the step that met it (DeadlineMet, issue 12): disposal;
    // acceptance of the lead and the co-handling unit; handling; the review-request window;
    // the review; the re-review-request window; the re-review
    expect(events.map((e) => e.type)).toEqual([
      'PetitionRegistered',
      'DeadlineMet',
      'PetitionAssigned',
      'DeadlineMet',
      'DeadlineMet',
      'PetitionAccepted',
      'PetitionExtended',
      'DeadlineMet',
      'PetitionReplied',
      'TaskCompleted',
      'PetitionEvaluated',
      'PetitionEvaluated',
      'DeadlineMet',
      'PetitionReviewRequested',
      'DeadlineMet',
      'PetitionReviewDecided',
      'DeadlineMet',
      'PetitionReviewRequested',
      'PetitionHearingStarted',
      'PetitionHearingEnded',
      'DeadlineMet',
      'PetitionReviewDecided',
    ]);

    // the same matter on the same facts is refused at intake, naming the conclusion
    const repeat = await submit(
      platform,
      onlineInput({ content: '桃园街道某小区物业公司长期不清理楼道垃圾，另有违规搭建问题，请求督促整改。' }),
      tokens.citizen,
    );
    const refusal = onlyError(repeat);
    expect(refusal.extensions?.code).toBe('CONFLICT');
    expect(refusal.message).toContain('终结');
  });

  it('is declined in writing, and nothing more can be done to it', async () => {
    const id = await newPetition({ title: '请求减免物业费', content: '因家庭困难，请求减免本年度物业费用。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    const p = await ok('handler.hexi.zj', 'declinePetition', {
      id,
      reason: '物业费减免属于民事合同事项，不属于信访受理范围。',
    });
    expect(p.status).toBe('DECLINED');
    expect(p.documents.map((d) => d.kind)).toEqual(['DECLINE_NOTICE']);
    expect(p.allowedActions).toEqual([]);
    expect(onlyError(await step('handler.hexi.zj', 'replyToPetition', { id, input: reply })).extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('goes back to the petition office when the unit objects, with a new disposal clock (R-P7)', async () => {
    const id = await newPetition({ title: '河道污染', content: '小区旁边河道有污水排放，气味难闻。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    const p = await ok('handler.hexi.zj', 'objectToPetition', { id, reason: '河道污染属于生态环境部门职责。' });
    expect(p.status).toBe('REGISTERED');
    expect(p.leadUnit).toBeNull();
    const disposals = p.deadlines.filter((d) => d.kind === 'DISPOSAL');
    expect(disposals).toHaveLength(2);
    expect(disposals[1]).toMatchObject({ startEvent: 'OBJECTED', metAt: null });
    expect(p.deadlines.find((d) => d.kind === 'ACCEPTANCE')!.closedAt).not.toBeNull();
    // the office disposes again, to the competent unit
    const again = await ok('xfb.hexi', 'disposePetition', {
      id,
      input: { mode: 'FORWARD', unitId: unitIdForKey('120103/sthj') },
    });
    expect(again.leadUnit?.name).toBe('河西区生态环境局');
  });

  it('sends disputed competence to the common superior, whose decision binds (R-P7, Art. 24)', async () => {
    // another neighbour: from the same person, after the concluded 河道污染 (sewage into the same
    // river), repeat detection would rightly ask whether it is the same matter (R-P4)
    const id = await newPetition({
      title: '河道旁违建',
      content: '小区旁河道边有人违规搭建，污水直排河道。',
      petitioners: [{ name: '韩立平', phone: '13800138011' }],
    });
    // a fresh petition has no dispute to refer
    expect(
      onlyError(
        await step('xfb.hexi', 'referCompetenceDispute', {
          id,
          input: { unitIds: [HEXI_ENVIRONMENT], reason: '争议' },
        }),
      ).extensions?.code,
    ).toBe('CONFLICT');
    // the housing commission objects; the office holds the environment bureau competent, which objects too
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    await ok('handler.hexi.zj', 'objectToPetition', { id, reason: '河道排污属于生态环境部门职责。' });
    expect((await read('xfb.hexi', id)).allowedActions).toEqual(['FORWARD', 'ASSIGN', 'REDIRECT', 'REFER_COMPETENCE']);
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_ENVIRONMENT } });
    await ok('handler.hexi.sthj', 'objectToPetition', { id, reason: '违规搭建属于住建部门职责。' });
    expect(
      onlyError(await step('xfb.hexi', 'referCompetenceDispute', { id, input: { unitIds: [], reason: '  ' } }))
        .extensions?.field,
    ).toBe('input.reason');

    // only a petition office of the area refers a dispute, not a unit that objected
    expect(
      onlyError(
        await step('handler.hexi.sthj', 'referCompetenceDispute', { id, input: { unitIds: [], reason: '争议' } }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    // both objected: the office refers the dispute, and the Hexi government must decide
    let p = await ok('xfb.hexi', 'referCompetenceDispute', {
      id,
      input: { unitIds: [], reason: '两部门均认为不属于本部门职责。' },
    });
    expect(p.status).toBe('REGISTERED');
    expect(p.history.at(-1)?.action).toBe('COMPETENCE_REFERRED');
    const decision = p.deadlines.find((d) => d.kind === 'COMPETENCE_DECISION')!;
    expect(decision).toMatchObject({ unit: { id: HEXI_GOVERNMENT }, days: 15, basis: 'CALENDAR_DAYS', metAt: null });
    expect(p.deadlines.filter((d) => d.kind === 'DISPOSAL').every((d) => d.metAt)).toBe(true);
    expect(p.tasks.find((t) => t.kind === 'COMPETENCE_DECISION')).toMatchObject({ doneAt: null });
    // meanwhile the office cannot dispose again, nor a disputing unit decide
    expect(p.allowedActions).toEqual([]);
    expect(
      onlyError(await step('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } }))
        .extensions?.code,
    ).toBe('CONFLICT');
    expect(
      onlyError(await step('handler.hexi.zj', 'decideCompetence', { id, input: { unitId: HEXI_ENVIRONMENT } }))
        .extensions?.code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await read('leader.hexi', id)).allowedActions).toEqual(['DECIDE_COMPETENCE']);

    // the district government names the environment bureau, which must now accept or decline
    p = await ok('leader.hexi', 'decideCompetence', {
      id,
      input: { unitId: HEXI_ENVIRONMENT, note: '污水直排河道为主要问题，由区生态环境局牵头受理。' },
    });
    expect(p.status).toBe('AWAITING_ACCEPTANCE');
    expect(p.leadUnit?.id).toBe(HEXI_ENVIRONMENT);
    expect(p.deadlines.find((d) => d.kind === 'COMPETENCE_DECISION')!.metAt).not.toBeNull();
    expect(p.deadlines.filter((d) => d.kind === 'ACCEPTANCE' && !d.metAt && !d.closedAt)).toHaveLength(1);
    expect((await read('handler.hexi.sthj', id)).allowedActions).toEqual(['ACCEPT', 'DECLINE']);
    const again = onlyError(await step('handler.hexi.sthj', 'objectToPetition', { id, reason: '仍有异议。' }));
    expect(again.extensions?.code).toBe('CONFLICT');

    // the petitioner learns who decided, not the units' arguments
    const mine = await platform.graphql<{ petition: { documents: { kind: string; text: string }[] } }>(
      'query P($id: ID!) { petition(id: $id) { documents { kind text } history { action note } } }',
      { id },
      { token: tokens.citizen },
    );
    const kinds = mine.data!.petition.documents.map((d) => d.kind);
    expect(kinds).toContain('COMPETENCE_DECISION');
    expect(kinds).not.toContain('OBJECTION');
    expect(kinds).not.toContain('COMPETENCE_REFERRAL');
    expect(JSON.stringify(mine.data)).not.toContain('两部门均认为');
  });

  it('refers a dispute between a district department and a city commission to the city government (R-P7)', async () => {
    const id = await newPetition({ title: '公租房轮候', content: '公租房轮候多年未分配，区里说归市里管。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    await ok('handler.hexi.zj', 'objectToPetition', { id, reason: '公租房配租由市住建委负责。' });
    // naming only the objecting unit is no dispute
    expect(
      onlyError(
        await step('xfb.hexi', 'referCompetenceDispute', { id, input: { unitIds: [HEXI_HOUSING], reason: '争议' } }),
      ).extensions?.field,
    ).toBe('input.unitIds');
    const p = await ok('xfb.hexi', 'referCompetenceDispute', {
      id,
      input: { unitIds: [CITY_HOUSING], reason: '区住建委认为属于市住建委职责。' },
    });
    expect(p.deadlines.find((d) => d.kind === 'COMPETENCE_DECISION')!.unit?.id).toBe(CITY_GOVERNMENT);
    // the district's leader is not the common superior of a city commission
    expect(
      onlyError(await step('leader.hexi', 'decideCompetence', { id, input: { unitId: HEXI_HOUSING } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const decided = await ok('leader.city', 'decideCompetence', { id, input: { unitId: HEXI_HOUSING } });
    expect(decided.leadUnit?.id).toBe(HEXI_HOUSING);
    expect((await read('handler.hexi.zj', id)).allowedActions).toEqual(['ACCEPT', 'DECLINE']);
  });

  it('finds no common superior between the city government and its own commission (R-P7)', async () => {
    const id = await newPetition({ title: '住房保障政策', content: '请求解释全市住房保障政策的适用范围。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: CITY_HOUSING } });
    await ok('handler.city.zj', 'objectToPetition', { id, reason: '政策解释应由市政府办公厅答复。' });
    const refused = onlyError(
      await step('xfb.hexi', 'referCompetenceDispute', {
        id,
        input: { unitIds: [CITY_GOVERNMENT], reason: '市住建委认为应由市政府答复。' },
      }),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitIds' });
    expect((await read('xfb.hexi', id)).history.at(-1)?.action).toBe('OBJECTED');
  });

  it('lets a co-handling unit see the petition and report its part, with its own due date (R-X)', async () => {
    const id = await newPetition({ title: '小区旁河道垃圾', content: '小区旁边河道漂浮垃圾，气味难闻，物业不管。' });
    await ok('xfb.hexi', 'disposePetition', {
      id,
      input: { mode: 'FORWARD', unitId: HEXI_HOUSING, coHandlingUnitIds: [HEXI_ENVIRONMENT] },
    });
    const seen = await read('handler.hexi.sthj', id);
    expect(seen.allowedActions).toEqual([]); // the lead unit accepts and replies, not a co-handler
    const part = seen.tasks.find((t) => t.kind === 'CO_HANDLING')!;
    expect(part.dueAt).not.toBeNull();
    const listed = await platform.graphql<{ petitions: { edges: { node: { id: string } }[] } }>(
      '{ petitions(first: 100) { edges { node { id } } } }',
      {},
      { token: tokens['handler.hexi.sthj'] },
    );
    expect(listed.data!.petitions.edges.map((e) => e.node.id)).toContain(id);
    const reported = await platform.graphql<{ completeTask: { doneAt: string; report: string } }>(
      'mutation C($id: ID!, $r: String!) { completeTask(id: $id, report: $r) { doneAt report } }',
      { id: part.id, r: '已对河道垃圾进行清理，并加强巡查。' },
      { token: tokens['handler.hexi.sthj'] },
    );
    expect(reported.errors).toBeUndefined();
    expect((await read('handler.hexi.zj', id)).tasks.find((t) => t.kind === 'CO_HANDLING')!.report).toContain('河道');
  });

  it('handles a clear first-time matter the simplified way: a reply within 10 working days (R-P9)', async () => {
    const id = await newPetition({ title: '单元门禁损坏', content: '小区3号楼单元门禁损坏，请求维修。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    const accepted = await platform.graphql<{ acceptPetition: Petition }>(
      `mutation A($id: ID!) { acceptPetition(id: $id, simplified: true) { ${PETITION} } }`,
      { id },
      { token: tokens['handler.hexi.zj'] },
    );
    expect(accepted.errors).toBeUndefined();
    const p = accepted.data!.acceptPetition;
    expect(p.deadlines.find((d) => d.kind === 'HANDLING')).toMatchObject({ days: 10, basis: 'WORKING_DAYS' });
    expect(p.documents.find((d) => d.kind === 'ACCEPTANCE_NOTICE')!.text).toContain('简易办理');
  });

  it('ends with a mediation agreement, after which there is no review (R-P8, Art. 33)', async () => {
    const id = await newPetition({ title: '装修噪音纠纷', content: '楼上住户装修噪音扰民，协商未果。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    await ok('handler.hexi.zj', 'acceptPetition', { id });
    const p = await ok('handler.hexi.zj', 'replyToPetition', { id, input: { ...reply, mediated: true } });
    expect(p.status).toBe('REPLIED');
    expect(p.documents.map((d) => d.kind)).toContain('MEDIATION_AGREEMENT');
    expect(p.deadlines.find((d) => d.kind === 'REVIEW_REQUEST')).toBeUndefined();
    const review = await step('citizen', 'requestReview', { id, reason: '反悔' });
    expect(onlyError(review).extensions?.code).toBe('CONFLICT');
  });

  it('redirects with a written notice, which is required', async () => {
    const id = await newPetition({ title: '邻里纠纷', content: '邻居长期占用公共楼道堆放杂物。' });
    const missing = await step('xfb.hexi', 'disposePetition', { id, input: { mode: 'REDIRECT' } });
    expect(onlyError(missing).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const p = await ok('xfb.hexi', 'disposePetition', {
      id,
      input: { mode: 'REDIRECT', note: '属于民事纠纷，请向人民法院提起诉讼或申请人民调解。' },
    });
    expect(p.status).toBe('REDIRECTED');
    expect(p.documents[0]).toMatchObject({ kind: 'REDIRECT_NOTICE' });
  });

  it('uses the unit’s own rule set: Binhai works under tianjin-31530 (accept within 3 days, reply within 15)', async () => {
    const id = await newPetition({
      regionCode: '120116001',
      title: '新区小区供暖不热',
      content: '滨海新区某小区供暖温度不达标。',
    });
    const p = await ok('xfb.city', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: BINHAI_HOUSING } });
    expect(p.deadlines.find((d) => d.kind === 'ACCEPTANCE')).toMatchObject({ days: 3, ruleSet: 'tianjin-31530' });
    // the Hexi office may not dispose of a Binhai petition
    const other = await newPetition({
      regionCode: '120116001',
      title: '新区道路破损',
      content: '滨海新区某路段破损严重。',
    });
    const outside = await step('xfb.hexi', 'disposePetition', {
      id: other,
      input: { mode: 'FORWARD', unitId: BINHAI_HOUSING },
    });
    expect(onlyError(outside).extensions?.code).toBe('NOT_FOUND');
    const accepted = await step('handler.hexi.zj', 'acceptPetition', { id });
    expect(onlyError(accepted).extensions?.code).toBe('NOT_FOUND'); // not their unit's: they cannot see it
    const handled = await ok('xfb.city', 'disposePetition', {
      id: other,
      input: { mode: 'ASSIGN', unitId: BINHAI_HOUSING },
    });
    const report = handled.tasks.find((t) => t.kind === 'COMPLETION_REPORT')!;
    expect(dueDay(report.dueAt!) > dueDay(handled.deadlines.find((d) => d.kind === 'ACCEPTANCE')!.dueAt)).toBe(true);
  });
});

describe('who may do what, and when', () => {
  it('refuses steps outside the role, the unit or the status', async () => {
    const id = await newPetition({ title: '噪音扰民', content: '夜间施工噪音扰民。' });
    expect(
      onlyError(
        await step('handler.hexi.zj', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(onlyError(await step('citizen', 'acceptPetition', { id })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await step('xfb.hexi', 'replyToPetition', { id, input: reply })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // a step the procedure does not allow now
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    expect(onlyError(await step('handler.hexi.zj', 'replyToPetition', { id, input: reply })).extensions?.code).toBe(
      'CONFLICT',
    );
    // another unit's handler cannot even see it
    expect(onlyError(await step('handler.hexi.sthj', 'acceptPetition', { id })).extensions?.code).toBe('NOT_FOUND');
    // disposing to a region rather than a unit names the field
    const region = await newPetition({ title: '路灯不亮', content: '小区路灯长期不亮。' });
    const wrong = await step('xfb.hexi', 'disposePetition', {
      id: region,
      input: { mode: 'FORWARD', unitId: unitIdForKey('120103') },
    });
    expect(onlyError(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
  });

  it('keeps a handler who stood aside from acting; a colleague of the unit takes over (R-P8, Art. 28)', async () => {
    const id = await newPetition({ title: '亲属所在小区停车纠纷', content: '小区停车位分配不公。' });
    await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    const recused = await platform.graphql(
      'mutation R($id: ID!) { recuse(id: $id, reason: "信访人系本人亲属") { id } }',
      { id },
      { token: tokens['handler.hexi.zj'] },
    );
    expect(recused.errors).toBeUndefined();
    expect((await read('handler.hexi.zj', id)).allowedActions).toEqual([]);
    expect(onlyError(await step('handler.hexi.zj', 'acceptPetition', { id })).extensions?.code).toBe('FORBIDDEN');
    expect((await ok('head.hexi.zj', 'acceptPetition', { id })).status).toBe('ACCEPTED');
  });

  it('lets only one of two people acting at the same moment succeed, and refuses a stale version', async () => {
    const id = await newPetition({ title: '电梯故障', content: '小区电梯经常故障停运。' });
    const disposed = await ok('xfb.hexi', 'disposePetition', { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } });
    const [a, b] = await Promise.all([
      step('handler.hexi.zj', 'acceptPetition', { id }),
      step('head.hexi.zj', 'declinePetition', { id, reason: '不属于本单位职责' }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const after = await read('xfb.hexi', id);
    expect(after.history.filter((h) => h.action === 'ACCEPTED' || h.action === 'DECLINED')).toHaveLength(1);
    // the version the caller saw is older than the petition's now
    const stale = await step('handler.hexi.zj', 'replyToPetition', {
      id,
      input: reply,
      expectedVersion: disposed.version,
    });
    expect(onlyError(stale).extensions?.code).toBe('CONFLICT');
  });

  it('takes a rating, a task report and a recusal once when each is sent many times at once (fuzz findings)', async () => {
    const id = await newPetition({ title: '楼道堆物', content: '邻居长期在楼道堆放杂物，存在消防隐患。' });
    const disposed = await ok('xfb.hexi', 'disposePetition', {
      id,
      input: { mode: 'FORWARD', unitId: HEXI_HOUSING, coHandlingUnitIds: [HEXI_ENVIRONMENT] },
    });
    const codes = (results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[]) =>
      results.map((r) => (r.errors ? String(r.errors[0]!.extensions?.code) : 'OK')).sort();

    // a recusal: one row, one history entry
    const recusals = await Promise.all(
      Array.from({ length: 6 }, () =>
        platform.graphql(
          'mutation R($id: ID!) { recuse(id: $id, reason: "信访人系本人邻居") { id } }',
          { id },
          {
            token: tokens['head.hexi.zj'],
          },
        ),
      ),
    );
    expect(codes(recusals)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);

    // the co-handling unit's report of its part: one report, one history entry
    const part = disposed.tasks.find((t) => t.kind === 'CO_HANDLING')!;
    const reports = await Promise.all(
      ['已现场核查，杂物已清理。', '第二份报告', '第三份报告', '第四份报告'].map((r) =>
        platform.graphql(
          'mutation C($id: ID!, $r: String!) { completeTask(id: $id, report: $r) { doneAt } }',
          {
            id: part.id,
            r,
          },
          { token: tokens['handler.hexi.sthj'] },
        ),
      ),
    );
    expect(codes(reports)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);

    // the petitioner's rating of the unit, sent six times at once
    await ok('handler.hexi.zj', 'acceptPetition', { id });
    await ok('handler.hexi.zj', 'replyToPetition', { id, input: reply });
    const ratings = await Promise.all(
      Array.from({ length: 6 }, () =>
        step('citizen', 'evaluatePetition', {
          input: { petitionId: id, target: 'RESPONSIBLE_UNIT', rating: 'SATISFIED' },
        }),
      ),
    );
    expect(codes(ratings)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);

    const after = await read('xfb.hexi', id);
    const entries = (action: string) => after.history.filter((h) => h.action === action);
    expect(entries('RECUSED')).toHaveLength(1);
    expect(entries('TASK_CO_HANDLING_DONE')).toHaveLength(1);
    expect(entries('EVALUATED')).toHaveLength(1);
  });
});

describe('the inbox by urgency (workbench)', () => {
  it('puts the clock that ends first on top, and petitions without a running clock last', async () => {
    // one that has ended (redirected: no clock runs), whatever else this file has done
    const ended = await newPetition({ title: '劳动争议', content: '公司不签劳动合同，请求处理。' });
    await ok('xfb.hexi', 'disposePetition', {
      id: ended,
      input: { mode: 'REDIRECT', note: '请向劳动人事争议仲裁委员会申请仲裁。' },
    });
    const result = await platform.graphql<{
      petitions: { edges: { node: { status: string; currentDeadline: { kind: string; dueAt: string } | null } }[] };
    }>(
      '{ petitions(orderBy: URGENCY, first: 100) { edges { node { status currentDeadline { kind dueAt } } } } }',
      {},
      {
        token: tokens['xfb.hexi'],
      },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.petitions.edges.map((e) => e.node);
    const windows = ['OBJECTION', 'REVIEW_REQUEST', 'RE_REVIEW_REQUEST'];
    const running = (n: (typeof nodes)[number]) =>
      Boolean(n.currentDeadline && !windows.includes(n.currentDeadline.kind));
    const firstIdle = nodes.findIndex((n) => !running(n));
    expect(firstIdle).toBeGreaterThan(0);
    expect(nodes.slice(firstIdle).some(running)).toBe(false);
    const dues = nodes.slice(0, firstIdle).map((n) => new Date(n.currentDeadline!.dueAt).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });
});

describe('routing suggestions (R-P6)', () => {
  const suggest = (user: User, categoryCode: string, regionCode: string) =>
    platform.graphql<{ routingSuggestions: { name: string }[] }>(
      'query R($c: String!, $r: String!) { routingSuggestions(categoryCode: $c, regionCode: $r) { name } }',
      { c: categoryCode, r: regionCode },
      { token: tokens[user] },
    );

  it('suggest the competent department of the district, else of the city, then the government', async () => {
    const names = async (c: string, r: string) =>
      (await suggest('xfb.hexi', c, r)).data!.routingSuggestions.map((u) => u.name);
    expect((await names('010201', '120103003'))[0]).toBe('河西区住房和建设委员会');
    expect((await names('030101', '120103'))[0]).toBe('河西区生态环境局');
    // no planning bureau in the district: the city's
    expect((await names('020101', '120103003'))[0]).toBe('天津市规划和自然资源局');
    // law-related matters have no department: the district government decides
    expect((await names('060101', '120103003'))[0]).toBe('河西区人民政府');
  });

  it('are for petition offices only, and name a wrong region code', async () => {
    expect(onlyError(await suggest('handler.hexi.zj', '010201', '120103')).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await suggest('xfb.hexi', '010201', 'x')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCode',
    });
  });
});
