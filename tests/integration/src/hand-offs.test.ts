import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { countRows, filedOnline, onlyError } from './support/petitions.js';

// R-MED, issue 11: the lead unit hands a matter it handles to people's mediation, a court or
// arbitration, the petitioner is told in writing, and the outcome comes back before the reply.
// People's mediation is part of handling (Art. 33): its clock runs on; a court or tribunal
// decides the matter itself: the handling clock stops until it comes back (docs/procedure.md).
let platform: TestPlatform;
const USERS = ['xfb.hexi', 'handler.hexi.zj', 'head.hexi.zj', 'handler.hexi.sthj'] as const;
type User = (typeof USERS)[number];
let tokens: Record<User, string>;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
});
afterEach(() => platform.clock.reset());
afterAll(() => platform?.stop());

interface Petition {
  status: string;
  allowedActions: string[];
  deadlines: { kind: string; dueAt: string; pausedAt: string | null; pausedDays: number; metAt: string | null }[];
  documents: { kind: string; text: string }[];
  handOffs: {
    to: string;
    recipient: string;
    outcome: string | null;
    summary: string | null;
    returnedAt: string | null;
  }[];
}
const PETITION = `status allowedActions deadlines { kind dueAt pausedAt pausedDays metAt } documents { kind text }
  handOffs { to recipient outcome summary returnedAt }`;
const HAND_OFF = `mutation H($id: ID!, $input: HandOffInput!) { handOffPetition(id: $id, input: $input) { ${PETITION} } }`;
const OUTCOME = `mutation O($id: ID!, $input: HandOffOutcomeInput!) { recordHandOffOutcome(id: $id, input: $input) { ${PETITION} } }`;
const REPLY = `mutation R($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { ${PETITION} } }`;
const READ = `query P($id: ID!) { petition(id: $id) { ${PETITION} } }`;

const as = <T = Record<string, Petition>>(user: User, query: string, variables: Record<string, unknown>) =>
  platform.graphql<T>(query, variables, { token: tokens[user] });
async function ok(user: User, query: string, variables: Record<string, unknown>): Promise<Petition> {
  const result = await as(user, query, variables);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}
const read = (id: string) => ok('xfb.hexi', READ, { id });
const handling = (p: Petition) => p.deadlines.find((d) => d.kind === 'HANDLING')!;

const COMMITTEE = '河西区桃园街道人民调解委员会';
const COURT = '天津市河西区人民法院';
const agreement = {
  outcome: 'SUPPORTED',
  facts: '经人民调解，物业公司同意于十日内清运楼道垃圾并建立保洁制度。',
  reasons: '双方自愿达成调解协议。',
  legalBasis: '《中华人民共和国人民调解法》第二十八条；《信访工作条例》第三十三条',
  mediated: true,
};

/** A petition assigned to the housing committee and accepted by it: being handled. */
async function accepted(phone: string): Promise<{ id: string; trackingCode: string }> {
  const { id, trackingCode } = await filedOnline(platform, phone);

  await ok(
    'xfb.hexi',
    'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { status } }',
    {
      id,
      input: { mode: 'ASSIGN', unitId: DEMO_UNITS.HEXI_HOUSING },
    },
  );
  await ok('handler.hexi.zj', 'mutation A($id: ID!) { acceptPetition(id: $id) { status } }', { id });
  return { id, trackingCode };
}

describe('a hand-off to people’s mediation (R-MED, Art. 33)', () => {
  it('tells the petitioner where it went, keeps the clock running, and the reply waits for the outcome', async () => {
    const { id, trackingCode } = await accepted('13900002201');
    const before = handling(await read(id));
    const handed = await ok('handler.hexi.zj', HAND_OFF, {
      id,
      input: { to: 'PEOPLES_MEDIATION', recipient: COMMITTEE, note: '请于两周内组织双方调解。' },
    });
    expect(handed.status).toBe('ACCEPTED');
    expect(handed.handOffs).toEqual([
      { to: 'PEOPLES_MEDIATION', recipient: COMMITTEE, outcome: null, summary: null, returnedAt: null },
    ]);
    const notice = handed.documents.find((d) => d.kind === 'HAND_OFF_NOTICE')!;
    expect(notice.text).toContain(`已交由${COMMITTEE}进行人民调解`);
    expect(notice.text).toContain('办理期限照常计算');
    expect(handling(handed)).toMatchObject({ pausedAt: null, dueAt: before.dueAt });
    expect(handed.allowedActions).toContain('RECORD_HAND_OFF_OUTCOME');
    expect(handed.allowedActions).not.toContain('REPLY');
    expect(handed.allowedActions).not.toContain('HAND_OFF');

    // the petitioner reads the notice where they follow the petition
    const tracked = await platform.graphql<{ trackPetition: { documents: { kind: string }[] } }>(
      'query T($c: String!) { trackPetition(trackingCode: $c, phoneLast4: "2201") { documents { kind } } }',
      { c: trackingCode },
    );
    expect(tracked.data!.trackPetition.documents.map((d) => d.kind)).toContain('HAND_OFF_NOTICE');

    const early = onlyError(await as('handler.hexi.zj', REPLY, { id, input: agreement }));
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HAND_OFF_PENDING' });
    const decided = onlyError(
      await as('handler.hexi.zj', OUTCOME, { id, input: { outcome: 'DECIDED', summary: '调解委员会裁决。' } }),
    );
    expect(decided.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });

    const back = await ok('handler.hexi.zj', OUTCOME, {
      id,
      input: { outcome: 'AGREEMENT', summary: '双方达成调解协议：物业公司十日内清运垃圾。' },
    });
    expect(back.handOffs[0]).toMatchObject({ outcome: 'AGREEMENT', summary: expect.stringContaining('十日内') });
    expect(back.allowedActions).toContain('REPLY');
    const replied = await ok('handler.hexi.zj', REPLY, { id, input: agreement });
    expect(replied.status).toBe('REPLIED');
    expect(replied.documents.map((d) => d.kind)).toContain('MEDIATION_AGREEMENT');
  });
});

describe('a hand-off to a court or arbitration (R-MED)', () => {
  it('stops the handling clock until the judgment comes back; the days it took are not counted', async () => {
    const { id } = await accepted('13900002202');
    const before = handling(await read(id));
    const handed = await ok('handler.hexi.zj', HAND_OFF, { id, input: { to: 'COURT', recipient: COURT } });
    expect(handling(handed).pausedAt).not.toBeNull();
    expect(handed.documents.find((d) => d.kind === 'HAND_OFF_NOTICE')!.text).toContain('本单位办理期限中止');
    platform.clock.advance(20);
    const back = await ok('head.hexi.zj', OUTCOME, {
      id,
      input: { outcome: 'DECIDED', summary: '法院判决物业公司履行清运义务。' },
    });
    expect(handling(back)).toMatchObject({ pausedAt: null, pausedDays: 20 });
    expect(new Date(handling(back).dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime());
  });
});

describe('who may hand off, and what a refusal leaves', () => {
  it('lets the lead unit hand off; refuses a petition office and another unit, storing nothing', async () => {
    const { id } = await accepted('13900002203');
    const [rows, documents] = [await countRows(platform, 'hand_off'), await countRows(platform, 'petition_document')];
    const input = { to: 'ARBITRATION', recipient: '天津市河西区劳动人事争议仲裁委员会' };
    expect(onlyError(await as('xfb.hexi', HAND_OFF, { id, input })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await as('handler.hexi.sthj', HAND_OFF, { id, input })).extensions?.code).toBe('NOT_FOUND');
    const blank = onlyError(await as('handler.hexi.zj', HAND_OFF, { id, input: { ...input, recipient: '  ' } }));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipient' });
    expect(
      onlyError(await as('handler.hexi.zj', OUTCOME, { id, input: { outcome: 'AGREEMENT', summary: '和解' } }))
        .extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'NO_HAND_OFF_PENDING' });
    expect(await countRows(platform, 'hand_off')).toBe(rows);
    expect(await countRows(platform, 'petition_document')).toBe(documents);
    expect((await ok('handler.hexi.zj', HAND_OFF, { id, input })).handOffs).toHaveLength(1);
  });

  it('hands off once when the unit’s two staff hand it off at the same moment', async () => {
    const { id } = await accepted('13900002204');
    const input = { to: 'PEOPLES_MEDIATION', recipient: COMMITTEE };
    const results = await Promise.all(
      (['handler.hexi.zj', 'head.hexi.zj', 'handler.hexi.zj'] as const).map((u) => as(u, HAND_OFF, { id, input })),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect((await read(id)).handOffs).toHaveLength(1);
  });
});
