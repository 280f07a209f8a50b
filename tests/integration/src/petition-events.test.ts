import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { millisUntil } from './support/accounts.js';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlineInput, onlyError, submit } from './support/petitions.js';

// The first consumer of the outbox (issue 9, item 4): the audit view of a petition's events,
// for the petition office of its area only, as far as the petition's disclosure rule allows.
const USERS = ['citizen', 'xfb.hexi', 'xfb.city', 'handler.hexi.zj', 'head.hexi.zj', 'leader.hexi', 'admin'] as const;
type User = (typeof USERS)[number];
let platform: TestPlatform;
let tokens: Record<User, string>;
beforeAll(async () => {
  // the service delivers the outbox itself, as in production, every 100 ms
  platform = await startPlatform(inject('pgServerUrl'), { serviceEnv: { petitions: { OUTBOX_POLL_MS: '100' } } });
  tokens = await signIn(platform, USERS);
});
afterAll(() => platform?.stop());

const EVENTS = `query E($id: ID!, $first: Int, $after: String) {
  petitionEvents(petitionId: $id, first: $first, after: $after) {
    nodes { position type version occurredAt actor { id } unit { id } fromStatus toStatus details }
    pageInfo { hasNextPage endCursor } } }`;
interface Page {
  petitionEvents: {
    nodes: {
      position: string;
      type: string;
      version: number;
      actor: { id: string } | null;
      unit: { id: string } | null;
      fromStatus: string | null;
      toStatus: string | null;
      details: string;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const gql = (user: User, query: string, variables: Record<string, unknown> = {}) =>
  platform.graphql<Page>(query, variables, { token: tokens[user] });

/** The audit view as `user` once it shows `count` events (the consumer runs in the background). */
async function eventsOnce(user: User, id: string, count: number): Promise<Page['petitionEvents']['nodes']> {
  let nodes: Page['petitionEvents']['nodes'] = [];
  await millisUntil(async () => {
    nodes = (await dataOf<Page>(platform, tokens[user], EVENTS, { id, first: 200 })).petitionEvents.nodes;
    return nodes.length >= count;
  }, 10_000);
  return nodes;
}

async function forwardedAndAccepted(title: string): Promise<string> {
  const filed = await submit(platform, onlineInput({ title }), tokens.citizen);
  const id = filed.data!.submitPetition.petition.id;
  await dataOf(
    platform,
    tokens['xfb.hexi'],
    'mutation F($id: ID!, $u: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $u }) { id } }',
    {
      id,
      u: DEMO_UNITS.HEXI_HOUSING,
    },
  );
  await dataOf(platform, tokens['handler.hexi.zj'], 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id });
  return id;
}

describe('the audit view of a petition’s events (issue 9)', () => {
  it('shows the petition office of the area every event of a petition, in order, a page at a time', async () => {
    const id = await forwardedAndAccepted('楼道堆放杂物影响消防安全');
    const officer = await dataOf<{ viewer: { id: string } }>(platform, tokens['xfb.hexi'], '{ viewer { id } }');
    const nodes = await eventsOnce('xfb.hexi', id, 6);
    expect(nodes.map((n) => [n.type, n.version, n.fromStatus, n.toStatus])).toEqual([
      ['PetitionRegistered', 1, null, null],
      ['DeadlineMet', 1, null, null],
      ['PetitionForwarded', 1, 'REGISTERED', 'AWAITING_ACCEPTANCE'],
      ['DeadlineMet', 1, null, null],
      ['DeadlineMet', 1, null, null],
      ['PetitionAccepted', 1, 'AWAITING_ACCEPTANCE', 'ACCEPTED'],
    ]);
    expect(nodes[2]!.actor).toEqual({ id: officer.viewer.id });
    expect(nodes[5]!.unit).toEqual({ id: DEMO_UNITS.HEXI_HOUSING });
    expect(JSON.parse(nodes[0]!.details)).toMatchObject({ kind: 'COMPLAINT', channel: 'ONLINE' });
    // the clocks met, each with whether in time: what the timeliness KPIs count (issue 12);
    // accepting meets the unit's acceptance clock and ends its window to object
    expect(JSON.parse(nodes[1]!.details)).toMatchObject({ kind: 'DISPOSAL', onTime: true });
    const accepted = [nodes[3]!, nodes[4]!].map((n) => JSON.parse(n.details) as { kind: string; onTime: boolean });
    expect(accepted.map((d) => d.kind).sort()).toEqual(['ACCEPTANCE', 'OBJECTION']);
    expect([nodes[3]!.unit, nodes[4]!.unit]).toEqual([
      { id: DEMO_UNITS.HEXI_HOUSING },
      { id: DEMO_UNITS.HEXI_HOUSING },
    ]);
    // no event carries who the petitioner is
    expect(nodes.map((n) => n.details).join()).not.toMatch(/李明华|13800138000/);

    const first = (await dataOf<Page>(platform, tokens['xfb.hexi'], EVENTS, { id, first: 3 })).petitionEvents;
    expect(first.nodes.map((n) => n.type)).toEqual(['PetitionRegistered', 'DeadlineMet', 'PetitionForwarded']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await dataOf<Page>(platform, tokens['xfb.hexi'], EVENTS, { id, first: 3, after: first.pageInfo.endCursor })
    ).petitionEvents;
    expect(rest.nodes.map((n) => n.type)).toEqual(['DeadlineMet', 'DeadlineMet', 'PetitionAccepted']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // the cursor is opaque (the subgraph kit's keyset cursor): after the last page, nothing
    const beyond = (await dataOf<Page>(platform, tokens['xfb.hexi'], EVENTS, { id, after: rest.pageInfo.endCursor }))
      .petitionEvents;
    expect(beyond).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('is refused to a unit’s staff, a leader, an administrator and a citizen, without saying whether the petition exists', async () => {
    const id = await forwardedAndAccepted('小区路灯损坏无人维修');
    await eventsOnce('xfb.hexi', id, 3);
    const answers = await Promise.all(
      (['handler.hexi.zj', 'head.hexi.zj', 'leader.hexi', 'admin', 'citizen'] as const).map((u) =>
        gql(u, EVENTS, { id }),
      ),
    );
    for (const answer of answers) {
      expect(answer.data?.petitionEvents ?? null).toBeNull();
      expect(onlyError(answer).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a page size out of range and a cursor that is not one, naming the field', async () => {
    const id = await forwardedAndAccepted('小区绿地被侵占');
    const [none, many, cursor] = await Promise.all([
      gql('xfb.hexi', EVENTS, { id, first: 0 }),
      gql('xfb.hexi', EVENTS, { id, first: 201 }),
      gql('xfb.hexi', EVENTS, { id, after: 'abc' }),
    ]);
    expect(onlyError(none).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(onlyError(many).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(onlyError(cursor).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('never shows a report to the petition office it reports on; the office above sees its events', async () => {
    const input = onlineInput({
      kind: 'REPORT',
      categoryCode: '110102',
      respondentUnitId: DEMO_UNITS.HEXI_OFFICE,
      title: '区信访办工作人员刁难来访群众',
      content: '区信访办工作人员刁难来访群众，请求依法查处。',
      petitioners: [{ name: '匿名举报人', phone: '13911115555' }],
    });
    const filed = await submit(platform, input, tokens.citizen);
    const id = filed.data!.submitPetition.petition.id;
    const seen = await eventsOnce('xfb.city', id, 1);
    expect(seen.map((n) => n.type)).toEqual(['PetitionRegistered']);
    expect(seen[0]!.details).not.toMatch(/13911115555|匿名举报人/);
    const hidden = await gql('xfb.hexi', EVENTS, { id });
    expect(onlyError(hidden).extensions?.code).toBe('NOT_FOUND');
    const missing = await gql('xfb.hexi', EVENTS, { id: '00000000-0000-4000-8000-000000000000' });
    expect(onlyError(missing).message).toBe(onlyError(hidden).message);
  });

  it('makes its lag measurable: a metric and a detail of the petitions service’s health', async () => {
    const id = await forwardedAndAccepted('小区电梯频繁故障');
    await eventsOnce('xfb.hexi', id, 3);
    const origin = new URL(platform.services.petitions.url).origin;
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/^tjxf_outbox_pending_events\{service="petitions",consumer="petition-audit"\} \d+$/m);
    expect(metrics).toMatch(
      /^tjxf_outbox_delivered_events_total\{service="petitions",consumer="petition-audit"\} [1-9]\d*$/m,
    );
    const health = (await (await fetch(`${origin}/healthz`)).json()) as {
      status: string;
      outbox: { consumer: string; pending: number; delivered: number; lastDeliveredAt: string }[];
    };
    expect(health.status).toBe('ok');
    expect(health.outbox).toContainEqual(
      expect.objectContaining({
        consumer: 'petition-audit',
        pending: expect.any(Number),
        lastDeliveredAt: expect.any(String),
      }),
    );
  });
});
