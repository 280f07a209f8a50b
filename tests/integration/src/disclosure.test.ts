import { startPlatform, type GraphQLResult, type TestPlatform } from '@tjxf/test-kit';
import { InternalTokenSigner, anonymousViewer } from '@tjxf/tokens';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, submit } from './support/petitions.js';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { downloadAttachment, uploadPhoto } from './support/uploads.js';

// A reporter's identity never reaches the unit reported on, along any path from a petition to
// another petition or a person (issue 8, defect 1; R-P12, R-P4, Art. 30 and 46).
let platform: TestPlatform;
let tokens: Record<User, string>;
const USERS = ['citizen', 'xfb.hexi', 'leader.hexi', 'leader.city', 'handler.hexi.zj', 'handler.hexi.sthj'] as const;
type User = (typeof USERS)[number];
let citizenId: string;

const { HEXI_GOVERNMENT, HEXI_HOUSING, HEXI_ENVIRONMENT, HEXI_CITY_MANAGEMENT, CITY_GOVERNMENT } = DEMO_UNITS;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
  citizenId = (await gql<{ viewer: { id: string } }>('citizen', '{ viewer { id } }')).data!.viewer.id;
});
afterAll(() => platform?.stop());

function gql<T = Record<string, unknown>>(user: User, query: string, variables: Record<string, unknown> = {}) {
  return platform.graphql<T>(query, variables, { token: tokens[user] });
}

async function ok<T = Record<string, unknown>>(user: User, query: string, variables: Record<string, unknown> = {}) {
  const result = await gql<T>(user, query, variables);
  if (result.errors) throw new Error(`${query} as ${user}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const download = (user: User, attachmentId: string) => downloadAttachment(platform, attachmentId, tokens[user]!);

/** A petition filed online by the signed-in citizen, with a photo; its id, tracking code and photo. */
async function filed(input: Record<string, unknown>) {
  const photo = await uploadPhoto(platform, tokens.citizen!);
  const result = await submit(platform, onlineInput({ ...input, attachmentIds: [photo] }), tokens.citizen);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { ...result.data!.submitPetition.petition, photo };
}

/**
 * A person's earlier complaint, then a confidential report on `respondentUnitId` by the same
 * person about the same matter: repeat detection links the report to the complaint.
 */
async function reportRepeatingAComplaint(person: { name: string; phone: string; address: string }, unitId: string) {
  const matter = {
    categoryCode: '110102',
    regionCode: '120103003',
    respondentUnitId: unitId,
    petitioners: [person],
  };
  const earlier = await filed({
    ...matter,
    kind: 'COMPLAINT',
    title: '反映低保审批材料被长期搁置不办',
    content: '本人于今年三月提交低保申请材料，经办科室至今搁置不办，多次询问均被推诿，请求督促依法办理。',
  });
  const report = await filed({
    ...matter,
    kind: 'REPORT',
    confidential: true,
    title: '反映低保审批材料被长期搁置不办，经办人员索要好处',
    content: '本人于今年三月提交低保申请材料，经办科室至今搁置不办，多次询问均被推诿，经办人员暗示索要好处，请求查处。',
  });
  // the petition office sees the link: the matter is a repeat of the complaint (R-P4)
  const seen = await ok<{ petition: { repeatOf: { id: string } | null } }>(
    'xfb.hexi',
    'query R($id: ID!) { petition(id: $id) { repeatOf { id } } }',
    { id: report.id },
  );
  expect(seen.petition.repeatOf?.id).toBe(earlier.id);
  return { earlier, report };
}

const REACHABLE = `
  petitioners { name phone address } attachments { id } riskFlags
  repeatOf { id trackingCode petitioners { name phone address } attachments { id } history { actor { id } } }
  history { action note actor { id } }`;
interface Reachable {
  petitioners: { name: string; phone: string | null; address: string | null }[] | null;
  attachments: { id: string }[] | null;
  riskFlags: string[];
  repeatOf: { id: string; trackingCode: string } | null;
  history: { action: string; note: string | null; actor: { id: string } | null }[];
}
const readReachable = (user: User, id: string) =>
  gql<{ petition: Reachable }>(user, `query R($id: ID!) { petition(id: $id) { ${REACHABLE} } }`, { id });

/** Nothing in the answer names the person, their other petition, its material or their account. */
function expectNoWayToThePerson(
  result: GraphQLResult<unknown>,
  person: { name: string; phone: string },
  earlier: { trackingCode: string; photo: string },
) {
  expect(result.errors).toBeUndefined();
  const text = JSON.stringify(result.data);
  for (const secret of [
    person.name,
    person.phone,
    person.phone.slice(-4),
    earlier.trackingCode,
    earlier.photo,
    citizenId,
  ])
    expect(text).not.toContain(secret);
}

describe('the unit reported on reaches the reporter by no path (R-P12)', () => {
  const person = { name: '韩秀梅', phone: '13911112222', address: '河西区友谊路12号' };
  let chain: Awaited<ReturnType<typeof reportRepeatingAComplaint>>;
  beforeAll(async () => {
    chain = await reportRepeatingAComplaint(person, HEXI_GOVERNMENT);
  });

  it('shows the government reported on no repeat link, no account, no earlier code, no repeat or key-person flag', async () => {
    const result = await readReachable('leader.hexi', chain.report.id);
    expectNoWayToThePerson(result, person, chain.earlier);
    const report = result.data!.petition;
    expect(report).toMatchObject({ petitioners: null, attachments: null, repeatOf: null });
    expect(report.riskFlags).not.toContain('REPEAT');
    expect(report.history.map((h) => h.action)).toEqual(expect.arrayContaining(['SUBMITTED_ONLINE']));
    // the earlier complaint itself stays readable to the government it was made about: only the link is withheld
    const earlier = await readReachable('leader.hexi', chain.earlier.id);
    expect(earlier.data!.petition.petitioners![0]!.name).toBe(person.name);
  });

  it('shows the petition office, which is not reported on, the link, the submitter and the flag', async () => {
    const report = (await readReachable('xfb.hexi', chain.report.id)).data!.petition;
    expect(report.petitioners![0]).toMatchObject({ name: person.name, phone: person.phone });
    expect(report.repeatOf).toMatchObject({ id: chain.earlier.id, trackingCode: chain.earlier.trackingCode });
    expect(report.riskFlags).toContain('REPEAT');
    expect(report.history.find((h) => h.action === 'SUBMITTED_ONLINE')!.actor?.id).toBe(citizenId);
    expect(report.attachments!.map((a) => a.id)).toEqual([chain.report.photo]);
  });

  it('answers the same through a federation reference (_entities), as the gateway would ask', async () => {
    const viewer = {
      ...anonymousViewer('127.0.0.1'),
      accountId: (await ok<{ viewer: { id: string } }>('leader.hexi', '{ viewer { id } }')).viewer.id,
      username: 'leader.hexi',
      roles: ['LEADER' as const],
      units: [{ id: HEXI_GOVERNMENT, regionCode: '120103' }],
    };
    const token = await (await InternalTokenSigner.fromPem(platform.keys.internal.privateKey)).sign(viewer);
    const result = await platform.graphql(
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { id ${REACHABLE} } } }`,
      { r: [{ __typename: 'Petition', id: chain.report.id }] },
      { url: platform.services.petitions.url, token },
    );
    expectNoWayToThePerson(result, person, chain.earlier);
    expect(result.data).toMatchObject({ _entities: [{ id: chain.report.id, repeatOf: null, petitioners: null }] });
  });

  it('finds nothing by the reporter’s name or phone in search', async () => {
    for (const text of [person.name, person.phone]) {
      const hits = await ok<{ petitions: { edges: { node: { id: string } }[] } }>(
        'leader.hexi',
        'query S($text: String) { petitions(filter: { text: $text }, first: 100) { edges { node { id } } } }',
        { text },
      );
      expect(hits.petitions.edges.map((e) => e.node.id)).not.toContain(chain.report.id);
    }
  });

  it('serves the report’s material to the petition office, not to the government reported on', async () => {
    expect((await download('leader.hexi', chain.report.photo)).status).toBe(404);
    expect((await download('xfb.hexi', chain.report.photo)).status).toBe(200);
    // the complaint's own material, read on the complaint, is the government's to see
    expect((await download('leader.hexi', chain.earlier.photo)).status).toBe(200);
  });

  it('writes no link to the person into the outbox (what consumers and webhooks read)', async () => {
    const events = await platform.services.petitions.orm.em
      .fork()
      .getConnection()
      .execute<{ payload: Record<string, unknown> }[]>(
        'select payload from petitions.outbox_event where aggregate_id = ? order by seq',
        [chain.report.id],
      );
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(chain.earlier.id);
    expect(events[0]!.payload).toMatchObject({ kind: 'REPORT', riskFlags: [] });
    // the complaint is nobody's secret: its events keep what consumers use
    const [registered] = await platform.services.petitions.orm.em
      .fork()
      .getConnection()
      .execute<{ payload: Record<string, unknown> }[]>(
        `select payload from petitions.outbox_event where aggregate_id = ? and type = 'PetitionRegistered'`,
        [chain.earlier.id],
      );
    expect(registered!.payload).toHaveProperty('kind', 'COMPLAINT');
  });
});

describe('a link into a report tells who reported: it is withheld too (R-P12, R-P4)', () => {
  it('shows the government a later complaint of the reporter, but not that it repeats the report', async () => {
    const person = { name: '邵文斌', phone: '13911113333', address: '河西区大沽南路8号' };
    const matter = { categoryCode: '110102', regionCode: '120103003', petitioners: [person] };
    const report = await filed({
      ...matter,
      kind: 'REPORT',
      respondentUnitId: HEXI_GOVERNMENT,
      title: '反映区政府信息公开申请被违规拒绝答复',
      content: '本人依法提交政府信息公开申请，区政府有关科室逾期不予答复，多次电话催问均被拒绝，请求查处相关人员。',
    });
    const complaint = await filed({
      ...matter,
      kind: 'COMPLAINT',
      title: '反映区政府信息公开申请被违规拒绝答复',
      content: '本人依法提交政府信息公开申请，区政府有关科室逾期不予答复，多次电话催问均被拒绝，请求依法答复。',
    });
    const byGovernment = await readReachable('leader.hexi', complaint.id);
    expect(byGovernment.data!.petition.petitioners![0]!.name).toBe(person.name);
    expect(byGovernment.data!.petition.repeatOf).toBeNull();
    expect(JSON.stringify(byGovernment.data)).not.toContain(report.trackingCode);
    const byOffice = await readReachable('xfb.hexi', complaint.id);
    expect(byOffice.data!.petition.repeatOf).toMatchObject({ id: report.id, trackingCode: report.trackingCode });
  });
});

describe('a report disposed to the unit reported on before disposal refused it (legacy rows)', () => {
  it('still shows that unit neither the reporter’s phone and address nor their earlier complaint', async () => {
    const person = { name: '葛春燕', phone: '13911114444', address: '河西区围堤道20号' };
    const chain = await reportRepeatingAComplaint(person, HEXI_HOUSING);
    // the complaint went to the housing commission, which must answer it: it sees the complainant
    await ok('xfb.hexi', FORWARD, { id: chain.earlier.id, unitId: HEXI_HOUSING });
    const complaint = await readReachable('handler.hexi.zj', chain.earlier.id);
    expect(complaint.data!.petition.petitioners![0]).toMatchObject({ phone: person.phone, address: person.address });
    // as a lead unit was set before this release: not through the procedure, which now refuses it
    await platform.services.petitions.orm.em
      .getConnection()
      .execute('update petitions.petition set lead_unit_id = ? where id = ?', [HEXI_HOUSING, chain.report.id]);
    const report = await readReachable('handler.hexi.zj', chain.report.id);
    expectNoWayToThePerson(report, person, chain.earlier);
    expect(report.data!.petition).toMatchObject({ petitioners: null, attachments: null, repeatOf: null });
  });
});

const FORWARD =
  'mutation F($id: ID!, $unitId: ID) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $unitId }) { id } }';
const DISPOSE =
  'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id status version } }';
const STATE = 'query S($id: ID!) { petition(id: $id) { status version tasks { kind unitId: unit { id } } } }';

describe('a report is never given to the unit it reports on (R-P12, R-P6, R-P7, R-P10)', () => {
  const report = (unitId: string, title: string) =>
    filed({
      kind: 'REPORT',
      categoryCode: '110102',
      respondentUnitId: unitId,
      title,
      content: `${title}，请求有关部门依法查处。`,
      petitioners: [{ name: '匿名举报人', phone: '13911115555' }],
    });

  /** Forwarded to the environment bureau, which objects: competence is now disputable (R-P7). */
  const objectedTo = async ({ id }: { id: string }) => {
    await ok('xfb.hexi', FORWARD, { id, unitId: HEXI_ENVIRONMENT });
    await ok(
      'handler.hexi.sthj',
      'mutation O($id: ID!) { objectToPetition(id: $id, reason: "不属于本单位职责") { id } }',
      {
        id,
      },
    );
    return id;
  };
  const REFER =
    'mutation R($id: ID!, $u: [ID!]!) { referCompetenceDispute(id: $id, input: { unitIds: $u, reason: "职责争议" }) { id } }';

  it('refuses to forward, assign or add as co-handling the unit reported on, naming the field, and changes nothing', async () => {
    const { id } = await report(HEXI_HOUSING, '住建委工作人员违规收取审批费用');
    const before = await ok('xfb.hexi', STATE, { id });
    const refusals = await Promise.all([
      gql('xfb.hexi', DISPOSE, { id, input: { mode: 'FORWARD', unitId: HEXI_HOUSING } }),
      gql('xfb.hexi', DISPOSE, { id, input: { mode: 'ASSIGN', unitId: HEXI_HOUSING } }),
      gql('xfb.hexi', DISPOSE, {
        id,
        input: { mode: 'FORWARD', unitId: HEXI_ENVIRONMENT, coHandlingUnitIds: [HEXI_HOUSING] },
      }),
    ]);
    expect(refusals.map((r) => onlyError(r).extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.unitId' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.unitId' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.coHandlingUnitIds' }),
    ]);
    expect(await ok('xfb.hexi', STATE, { id })).toEqual(before);
    // the allowed pair: another unit, and a complaint to the unit that must answer it
    expect((await gql('xfb.hexi', FORWARD, { id, unitId: HEXI_ENVIRONMENT })).errors).toBeUndefined();
    const complaint = await filed({ kind: 'COMPLAINT', respondentUnitId: HEXI_HOUSING });
    expect((await gql('xfb.hexi', FORWARD, { id: complaint.id, unitId: HEXI_HOUSING })).errors).toBeUndefined();
  });

  it('refuses the unit reported on in a competence dispute and as the competent unit', async () => {
    const id = await objectedTo(await report(HEXI_HOUSING, '住建委某科室违规指定施工单位'));
    expect(onlyError(await gql('xfb.hexi', REFER, { id, u: [HEXI_HOUSING] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitIds',
    });
    await ok('xfb.hexi', REFER, { id, u: [HEXI_CITY_MANAGEMENT] });
    const DECIDE =
      'mutation C($id: ID!, $u: ID!) { decideCompetence(id: $id, input: { unitId: $u }) { id leadUnit { id } } }';
    expect(onlyError(await gql('leader.hexi', DECIDE, { id, u: HEXI_HOUSING })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitId',
    });
    const decided = await ok<{ decideCompetence: { leadUnit: { id: string } } }>('leader.hexi', DECIDE, {
      id,
      u: HEXI_CITY_MANAGEMENT,
    });
    expect(decided.decideCompetence.leadUnit.id).toBe(HEXI_CITY_MANAGEMENT);
  });

  it('does not send a dispute to the government reported on as the common superior', async () => {
    const id = await objectedTo(await report(HEXI_GOVERNMENT, '区政府违规干预工程招投标'));
    const refused = await gql('xfb.hexi', REFER, { id, u: [HEXI_CITY_MANAGEMENT] });
    expect(onlyError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitIds' });
  });

  it('has the review pass over the government reported on, to the one above it; the petitioner’s steps name no account', async () => {
    const { id } = await report(HEXI_GOVERNMENT, '区政府某部门违规发放补贴');
    await ok('xfb.hexi', FORWARD, { id, unitId: HEXI_ENVIRONMENT });
    await ok('handler.hexi.sthj', 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id });
    await ok(
      'handler.hexi.sthj',
      'mutation P($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
      {
        id,
        input: {
          outcome: 'EXPLAINED',
          facts: '经查，补贴发放符合规定。',
          reasons: '依规发放。',
          legalBasis: '有关规定',
        },
      },
    );
    await ok('citizen', 'mutation E($input: EvaluateInput!) { evaluatePetition(input: $input) { id } }', {
      input: { petitionId: id, target: 'RESPONSIBLE_UNIT', rating: 'UNSATISFIED' },
    });
    await ok('citizen', 'mutation Q($id: ID!) { requestReview(id: $id, reason: "对答复不满意") { id } }', { id });
    const reviewing = await ok<{ petition: { reviewUnit: { id: string } } }>(
      'xfb.hexi',
      'query V($id: ID!) { petition(id: $id) { reviewUnit { id } } }',
      { id },
    );
    // 河西区生态环境局 is reviewed by the Hexi government, the unit reported on: the city government reviews
    expect(reviewing.petition.reviewUnit.id).toBe(CITY_GOVERNMENT);
    const seen = await readReachable('leader.hexi', id);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.petition.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['SUBMITTED_ONLINE', 'EVALUATED', 'REVIEW_REQUESTED']),
    );
    expect(JSON.stringify(seen.data)).not.toContain(citizenId);
    const events = await platform.services.petitions.orm.em
      .fork()
      .getConnection()
      .execute<{ type: string; payload: Record<string, unknown> }[]>(
        'select type, payload from petitions.outbox_event where aggregate_id = ? order by seq',
        [id],
      );
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['PetitionEvaluated', 'PetitionReviewRequested']));
    expect(JSON.stringify(events)).not.toContain(citizenId);
  });
});

describe('leaders see material only where their area and the disclosure rule allow (issue 8)', () => {
  it('serves a district’s material to the city’s leader, not to another district’s', async () => {
    const heping = await filed({ regionCode: '120101001', title: '和平区某小区电梯长期停运' });
    expect((await download('leader.city', heping.photo)).status).toBe(200);
    expect((await download('leader.hexi', heping.photo)).status).toBe(404);
    const read = await gql<{ petition: null }>('leader.hexi', 'query P($id: ID!) { petition(id: $id) { id } }', {
      id: heping.id,
    });
    expect(read.data).toEqual({ petition: null });
  });
});
