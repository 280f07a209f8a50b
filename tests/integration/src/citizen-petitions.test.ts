import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlFrom } from './support/from-address.js';
import {
  DEVELOPMENT,
  codeFor,
  freshAddress,
  latestCode,
  registerCitizen,
  requestCode,
  uniquePhone,
} from './support/citizens.js';
import { filedOnline, repliedPetition, submit, onlineInput } from './support/petitions.js';

// Issue 10: a citizen links the petitions filed before registering (tracking code, phone ending
// and the account's verified phone), and a petitioner without an account asks for review from
// the tracking page with a one-time code to the phone on the petition, which also gets them
// past a tracking lock-out (R-ON1, R-P10).

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), DEVELOPMENT);
});
afterAll(() => platform?.stop());

const LINK = `mutation Link($code: String!, $last4: String!) {
  linkPetition(trackingCode: $code, phoneLast4: $last4) { id trackingCode status history { action } }
}`;
const MINE = '{ myPetitions { edges { node { id trackingCode } } } }';
const TRACK =
  'query T($code: String!, $last4: String!) { trackPetition(trackingCode: $code, phoneLast4: $last4) { status } }';
const TRACK_BY_PHONE = `mutation T($input: TrackingPhoneProofInput!) {
  trackPetitionByPhone(input: $input) { trackingCode status history { action } }
}`;
const REVIEW_BY_PHONE = `mutation R($input: ReviewByPhoneInput!) {
  requestReviewByPhone(input: $input) { status history { action } }
}`;

interface LinkPayload {
  linkPetition: { id: string; trackingCode: string; status: string; history: { action: string }[] };
}

const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;
const petitionsSql = <T>(query: string, params: unknown[] = []) =>
  platform.services.petitions.orm.em.fork().getConnection().execute<T[]>(query, params);
const submitterOf = async (id: string) =>
  (
    await petitionsSql<{ s: string | null }>('select submitter_account_id s from petitions.petition where id = ?', [id])
  )[0]!.s;
const statusOf = async (id: string) =>
  (await petitionsSql<{ status: string }>('select status from petitions.petition where id = ?', [id]))[0]!.status;

describe('linkPetition: petitions filed before registering (issue 10)', () => {
  it('links a petition filed with the account’s phone: it is then among my petitions, with a history entry and event', async () => {
    const citizen = await registerCitizen(platform);
    const petition = await filedOnline(platform, citizen.phone);
    const before = await platform.graphql<{ myPetitions: { edges: unknown[] } }>(MINE, {}, { token: citizen.token });
    expect(before.data?.myPetitions.edges).toEqual([]);
    const linked = await platform.graphql<LinkPayload>(
      LINK,
      { code: petition.trackingCode, last4: citizen.phone.slice(-4) },
      { token: citizen.token },
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkPetition).toMatchObject({ id: petition.id, trackingCode: petition.trackingCode });
    expect(linked.data!.linkPetition.history.map((h) => h.action)).toContain('LINKED_TO_ACCOUNT');
    const mine = await platform.graphql<{ myPetitions: { edges: { node: { id: string } }[] } }>(
      MINE,
      {},
      { token: citizen.token },
    );
    expect(mine.data!.myPetitions.edges.map((e) => e.node.id)).toEqual([petition.id]);
    const events = await petitionsSql<{ payload: { accountId: string } }>(
      `select payload from petitions.outbox_event where aggregate_id = ? and type = 'PetitionLinkedToAccount'`,
      [petition.id],
    );
    expect(events.map((e) => e.payload.accountId)).toEqual([citizen.id]);
    // again: nothing more happens
    const again = await platform.graphql<LinkPayload>(
      LINK,
      { code: petition.trackingCode, last4: citizen.phone.slice(-4) },
      { token: citizen.token },
    );
    expect(again.data!.linkPetition.history.filter((h) => h.action === 'LINKED_TO_ACCOUNT')).toHaveLength(1);
  });

  it('refuses a petition whose phone ends alike but is not the account’s phone, and links nothing', async () => {
    const citizen = await registerCitizen(platform);
    const sameEnding = `1370${citizen.phone.slice(4, 7) === '000' ? '111' : '000'}${citizen.phone.slice(-4)}`;
    const petition = await filedOnline(platform, sameEnding);
    const result = await platform.graphql(
      LINK,
      { code: petition.trackingCode, last4: citizen.phone.slice(-4) },
      { token: citizen.token },
    );
    expect(ext(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_PHONE_MISMATCH' });
    expect(await submitterOf(petition.id)).toBeNull();
  });

  it('refuses a wrong phone ending as tracking does, and without a sign-in or as staff links nothing', async () => {
    const citizen = await registerCitizen(platform);
    const petition = await filedOnline(platform, citizen.phone);
    const wrong = await platform.graphql(
      LINK,
      { code: petition.trackingCode, last4: '0000' === citizen.phone.slice(-4) ? '1111' : '0000' },
      { token: citizen.token },
    );
    expect(ext(wrong)).toMatchObject({ code: 'NOT_FOUND', reason: 'TRACKING_NO_MATCH' });
    const anonymous = await platform.graphql(LINK, { code: petition.trackingCode, last4: citizen.phone.slice(-4) });
    expect(ext(anonymous)?.code).toBe('UNAUTHENTICATED');
    const staff = await platform.graphql(
      LINK,
      { code: petition.trackingCode, last4: citizen.phone.slice(-4) },
      { token: await platform.login('xfb.hexi') },
    );
    expect(ext(staff)?.code).toBe('FORBIDDEN');
    expect(await submitterOf(petition.id)).toBeNull();
  });

  it('refuses a petition already linked to another account (CONFLICT)', async () => {
    const [first, second] = [await registerCitizen(platform), await registerCitizen(platform)];
    const joint = await submit(
      platform,
      onlineInput({
        petitioners: [
          { name: '甲', phone: first.phone },
          { name: '乙', phone: second.phone },
        ],
      }),
    );
    const { id, trackingCode } = joint.data!.submitPetition.petition;
    expect(
      (await platform.graphql(LINK, { code: trackingCode, last4: first.phone.slice(-4) }, { token: first.token }))
        .errors,
    ).toBeUndefined();
    const taken = await platform.graphql(
      LINK,
      { code: trackingCode, last4: second.phone.slice(-4) },
      { token: second.token },
    );
    expect(ext(taken)).toMatchObject({ code: 'CONFLICT', reason: 'PETITION_LINKED_ELSEWHERE' });
    expect(await submitterOf(id)).toBe(first.id);
  });

  it('holds guesses at the phone ending to the tracking allowance, in parallel', async () => {
    const citizen = await registerCitizen(platform);
    const petition = await filedOnline(platform, citizen.phone);
    const guesses = Array.from({ length: 12 }, (_, i) => String(1000 + i));
    const results = await Promise.all(
      guesses.map((last4) => platform.graphql(LINK, { code: petition.trackingCode, last4 }, { token: citizen.token })),
    );
    const codes = results.map((r) => ext(r)?.code);
    expect(codes.filter((c) => c === 'NOT_FOUND')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
    expect(await submitterOf(petition.id)).toBeNull();
  });
});

describe('the petitioner without an account, proven by a code to the phone on the petition (issue 10)', () => {
  it('asks for review from the tracking page (R-P10)', async () => {
    const phone = uniquePhone();
    const petition = await repliedPetition(platform, phone);
    const { code } = await codeFor(platform, phone);
    const result = await platform.graphql<{ requestReviewByPhone: { status: string; history: { action: string }[] } }>(
      REVIEW_BY_PHONE,
      { input: { trackingCode: petition.trackingCode, phone, code, reason: '答复未解决楼道垃圾问题，请求复查。' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.requestReviewByPhone.status).toBe('IN_REVIEW');
    expect(result.data!.requestReviewByPhone.history.map((h) => h.action)).toContain('REVIEW_REQUESTED');
  });

  it('refuses a wrong code, and a right code for a phone not on the petition, changing nothing', async () => {
    const phone = uniquePhone();
    const petition = await repliedPetition(platform, phone);
    const { code } = await codeFor(platform, phone);
    const reason = '请求复查。';
    const wrong = await platform.graphql(REVIEW_BY_PHONE, {
      input: { trackingCode: petition.trackingCode, phone, code: code === '000000' ? '000001' : '000000', reason },
    });
    expect(ext(wrong)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
      reason: 'VERIFICATION_CODE_WRONG',
    });
    const stranger = await codeFor(platform);
    const notTheirs = await platform.graphql(REVIEW_BY_PHONE, {
      input: { trackingCode: petition.trackingCode, ...stranger, reason },
    });
    expect(ext(notTheirs)).toMatchObject({ code: 'NOT_FOUND', reason: 'PHONE_NOT_ON_PETITION' });
    expect(await statusOf(petition.id)).toBe('REPLIED');
  });

  it('uses the code once: of parallel review requests with one code exactly one is made', async () => {
    const phone = uniquePhone();
    const petition = await repliedPetition(platform, phone);
    const { code } = await codeFor(platform, phone);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        platform.graphql(REVIEW_BY_PHONE, {
          input: { trackingCode: petition.trackingCode, phone, code, reason: '请求复查。' },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => ext(r)?.reason === 'VERIFICATION_CODE_WRONG')).toHaveLength(4);
    const reviews = await petitionsSql(
      `select 1 from petitions.petition_history where petition_id = ? and action = 'REVIEW_REQUESTED'`,
      [petition.id],
    );
    expect(reviews).toHaveLength(1);
  });

  it('lets the petitioner past a tracking lock-out made by someone else’s guesses, and lifts it', async () => {
    const phone = uniquePhone();
    const petition = await filedOnline(platform, phone);
    const attacker = freshAddress();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphqlFrom(platform, attacker, TRACK, { code: petition.trackingCode, last4: String(2000 + i) }),
      ),
    );
    const owner = freshAddress();
    const locked = await graphqlFrom(platform, owner, TRACK, { code: petition.trackingCode, last4: phone.slice(-4) });
    expect(ext(locked)?.code).toBe('RATE_LIMITED');
    await requestCode(platform, phone, owner);
    const code = await latestCode(platform, phone);
    const unlocked = await graphqlFrom<{ trackPetitionByPhone: { trackingCode: string; status: string } }>(
      platform,
      owner,
      TRACK_BY_PHONE,
      { input: { trackingCode: petition.trackingCode, phone, code } },
    );
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data!.trackPetitionByPhone).toMatchObject({
      trackingCode: petition.trackingCode,
      status: 'REGISTERED',
    });
    const after = await graphqlFrom(platform, owner, TRACK, { code: petition.trackingCode, last4: phone.slice(-4) });
    expect(after.errors).toBeUndefined();
  });
});
