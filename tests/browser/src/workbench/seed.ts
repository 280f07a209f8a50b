import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo-users.js';

/** A few Chinese characters no demo text has, so a full-text search finds one petition only. */
export function chineseMark(): string {
  const pool = '琨瑶珂璟琰瑾璇玥珩琪';
  return Array.from({ length: 4 }, () => pool[Math.floor(Math.random() * pool.length)]).join('');
}

/**
 * A mobile number no other registration of this run uses: a shared petitioner would make every
 * later registration a repeat petition (重复信访) and change the risk the workbench shows,
 * depending on which tests ran first.
 */
export function freshPhone(): string {
  return `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** A GraphQL request through the gateway; fails the test on any error. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: object,
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** A demo account's access token. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return login.accessToken;
}

/** The first unit of an account, as the viewer query reads it. */
async function unitOf(request: APIRequestContext, token: string): Promise<string> {
  const { viewer } = await graphql<{ viewer: { units: { id: string }[] } }>(
    request,
    '{ viewer { units { id } } }',
    {},
    token,
  );
  return viewer.units[0]!.id;
}

/** The petition office assigns a registered petition to a unit staff member's own unit, with its instruction (交办意见). */
export async function assignToUnitOf(
  request: APIRequestContext,
  {
    petitionId,
    officer,
    unitStaff,
    note = null,
  }: { petitionId: string; officer: string; unitStaff: string; note?: string | null },
): Promise<void> {
  const unitId = await unitOf(request, await tokenOf(request, unitStaff));
  await graphql(
    request,
    `
      mutation ($id: ID!, $unitId: ID!, $note: String) {
        disposePetition(id: $id, input: { mode: ASSIGN, unitId: $unitId, note: $note }, expectedVersion: 1) {
          id
        }
      }
    `,
    { id: petitionId, unitId, note },
    await tokenOf(request, officer),
  );
}

/**
 * The petition office assigns a registered petition to a unit staff member's own unit and
 * issues a reminder (催办) to it, through the API: the data of tests that start further on.
 */
export async function assignAndSupervise(
  request: APIRequestContext,
  { petitionId, officer, unitStaff, note }: { petitionId: string; officer: string; unitStaff: string; note: string },
): Promise<void> {
  await assignToUnitOf(request, { petitionId, officer, unitStaff });
  await graphql(
    request,
    `
      mutation ($id: ID!, $note: String!) {
        issueSupervisionOrder(input: { petitionId: $id, level: REMINDER, trigger: OTHER, note: $note }) {
          id
        }
      }
    `,
    { id: petitionId, note },
    await tokenOf(request, officer),
  );
}

/**
 * A registered petition taken through the API to review (复查中, R-P10): assigned to the unit
 * staff member's unit, accepted and replied to by them, then review asked for by the petition
 * office on the petitioner's behalf. The unit's superior government reviews it.
 */
export async function driveToReview(
  request: APIRequestContext,
  { petitionId, officer, unitStaff }: { petitionId: string; officer: string; unitStaff: string },
): Promise<void> {
  await assignToUnitOf(request, { petitionId, officer, unitStaff });
  const staff = await tokenOf(request, unitStaff);
  await graphql(request, 'mutation ($id: ID!) { acceptPetition(id: $id) { id } }', { id: petitionId }, staff);
  await graphql(
    request,
    'mutation ($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
    {
      id: petitionId,
      input: {
        outcome: 'NOT_SUPPORTED',
        facts: '经核查，反映的情况与事实不符。',
        reasons: '诉求缺乏事实依据。',
        legalBasis: '《信访工作条例》第三十二条',
      },
    },
    staff,
  );
  await graphql(
    request,
    'mutation ($id: ID!, $reason: String!) { requestReview(id: $id, reason: $reason) { id } }',
    { id: petitionId, reason: '信访人不服答复意见，请求复查。' },
    await tokenOf(request, officer),
  );
}

/**
 * A registered petition assigned to a unit staff member's unit, which objects that it is not
 * competent (异议, R-P7): the petition is back with the office, which may refer the dispute.
 */
export async function assignAndObject(
  request: APIRequestContext,
  {
    petitionId,
    officer,
    unitStaff,
    reason,
  }: { petitionId: string; officer: string; unitStaff: string; reason: string },
): Promise<void> {
  await assignToUnitOf(request, { petitionId, officer, unitStaff });
  await graphql(
    request,
    'mutation ($id: ID!, $reason: String!) { objectToPetition(id: $id, reason: $reason) { id } }',
    { id: petitionId, reason },
    await tokenOf(request, unitStaff),
  );
}

export interface SeededPetition {
  id: string;
  trackingCode: string;
  title: string;
}

/**
 * A visit registered by a petition officer through the API, as the workbench's own tests'
 * data: 20 people involved, so it is a collective petition with its risk flag.
 */
export async function registerVisit(
  request: APIRequestContext,
  {
    username,
    title,
    content,
    petitioner = { name: '周文华', phone: freshPhone() },
  }: { username: string; title: string; content: string; petitioner?: { name: string; phone: string } },
): Promise<SeededPetition> {
  const token = await tokenOf(request, username);
  const { registerPetition } = await graphql<{ registerPetition: { id: string; trackingCode: string } }>(
    request,
    'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id trackingCode } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        channel: 'VISIT',
        receivedAt: new Date().toISOString(),
        categoryCode: '010303',
        regionCode: '120103003',
        title,
        content,
        peopleInvolved: 20,
        petitioners: [petitioner],
      },
    },
    token,
  );
  return { ...registerPetition, title };
}

/** The first unit of a demo account, e.g. the petition office of `xfb.hexi`. */
export async function unitIdOf(request: APIRequestContext, username: string): Promise<string> {
  return unitOf(request, await tokenOf(request, username));
}

/** A petition filed online without an account, in Hexi's 桃园街道, by the person with `phone`. */
export async function submitOnline(
  request: APIRequestContext,
  input: { kind: 'COMPLAINT' | 'REPORT'; title: string; content: string; phone: string; name: string } & {
    respondentUnitId?: string;
    confidential?: boolean;
  },
): Promise<SeededPetition> {
  const { phone, name, ...rest } = input;
  const { submitPetition } = await graphql<{ submitPetition: { petition: { id: string; trackingCode: string } } }>(
    request,
    'mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id trackingCode } } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        categoryCode: '110102',
        regionCode: '120103003',
        petitioners: [{ name, phone }],
        ...rest,
      },
    },
  );
  return { ...submitPetition.petition, title: input.title };
}
