import { TEST_SESSION_REVOCATION_POLL_MS, startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOGIN, VIEWER, errorCode, millisUntil, sql } from './support/accounts.js';
import {
  DEVELOPMENT,
  REGISTER,
  RESET,
  codeFor,
  devMessages,
  freshAddress,
  latestCode,
  registerCitizen,
  requestCode,
  uniquePhone,
  type DevMessage,
  type RegisterPayload,
} from './support/citizens.js';

// Issue 10, citizen accounts: one-time codes through the message channel, registration with a
// verified phone, sign-in with the phone, password reset by code (R-ON1: a citizen files and
// follows petitions from home). Every limit is tried with parallel requests.

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), DEVELOPMENT);
});
afterAll(() => platform?.stop());
afterEach(() => platform.clock.reset());

const password = 'Spring#Garden2026';
const register = (input: Record<string, string>) => platform.graphql<RegisterPayload>(REGISTER, { input });
const accountsWithPhone = async (phone: string) =>
  Number(
    (await sql<{ n: string }>(platform, 'select count(*) n from identity.account where phone = ?', [phone]))[0]!.n,
  );
const fieldOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('one-time codes through the development message channel', () => {
  it('sends a 6-digit code that GET /dev/messages lists, newest first, with to, text and sentAt', async () => {
    const phone = uniquePhone();
    expect((await requestCode(platform, phone)).data).toEqual({ requestVerificationCode: true });
    await new Promise((resolve) => setTimeout(resolve, 5)); // distinct sentAt
    expect((await requestCode(platform, phone)).data).toEqual({ requestVerificationCode: true });
    const response = await devMessages(platform, phone);
    expect(response.status).toBe(200);
    const messages = (await response.json()) as DevMessage[];
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({
      to: phone,
      text: expect.stringMatching(/验证码是\d{6}.*code is \d{6}/),
      sentAt: expect.any(String),
    });
    expect(Date.parse(messages[0]!.sentAt)).toBeGreaterThanOrEqual(Date.parse(messages[1]!.sentAt));
    // only a keyed hash is stored
    const rows = await sql<{ code_hash: string }>(
      platform,
      'select code_hash from identity.verification_code where phone = ?',
      [phone],
    );
    const code = await latestCode(platform, phone);
    expect(rows.map((r) => r.code_hash).join()).not.toContain(code);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash))).toBe(true);
  });

  it('answers a registered and an unregistered phone alike (no account enumeration)', async () => {
    const citizen = await registerCitizen(platform);
    const registered = await requestCode(platform, citizen.phone);
    const unknown = await requestCode(platform, uniquePhone());
    expect(registered).toEqual(unknown);
    expect(registered.data).toEqual({ requestVerificationCode: true });
  });

  it('refuses a phone that is not a mainland mobile number, naming the field', async () => {
    for (const phone of ['12345', '10012345678', '1380013800a', '+1 415 555 0100']) {
      const result = await requestCode(platform, phone);
      expect(fieldOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', reason: 'PHONE_FORMAT' });
    }
    // people type spaces, hyphens and +86: the same number
    const phone = uniquePhone();
    expect(
      (await requestCode(platform, `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)} ${phone.slice(7)}`)).data,
    ).toEqual({
      requestVerificationCode: true,
    });
    expect((await (await devMessages(platform, phone)).json()) as DevMessage[]).toHaveLength(1);
  });

  it('sends at most 5 codes an hour to one phone, however many requests arrive at once', async () => {
    const phone = uniquePhone();
    const results = await Promise.all(Array.from({ length: 9 }, () => requestCode(platform, phone)));
    expect(results.filter((r) => r.data?.requestVerificationCode === true)).toHaveLength(5);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(4);
    for (const r of refused)
      expect(fieldOf(r)).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_VERIFICATION_CODES' });
    expect((await (await devMessages(platform, phone)).json()) as DevMessage[]).toHaveLength(5);
  });

  it('sends at most 10 codes an hour to one address, whatever the phones, in parallel', async () => {
    const address = freshAddress();
    const phones = Array.from({ length: 14 }, () => uniquePhone());
    const results = await Promise.all(phones.map((phone) => requestCode(platform, phone, address)));
    expect(results.filter((r) => r.data?.requestVerificationCode === true)).toHaveLength(10);
    expect(results.filter((r) => errorCode(r as never) === 'RATE_LIMITED')).toHaveLength(4);
    const sent = await Promise.all(
      phones.map(async (p) => ((await (await devMessages(platform, p)).json()) as DevMessage[]).length),
    );
    expect(sent.reduce((a, b) => a + b, 0)).toBe(10);
    // another address is not held up
    expect((await requestCode(platform, uniquePhone())).data).toEqual({ requestVerificationCode: true });
  });
});

describe('registration with a verified phone (issue 10)', () => {
  it('registers a CITIZEN whose username is the phone, signs them in, and lets them sign in with the phone', async () => {
    const { phone, code } = await codeFor(platform);
    const result = await register({ phone, code, password, name: '  张秀兰 ' });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.registerCitizen;
    expect(payload).toMatchObject({
      passwordChangeRequired: false,
      account: { username: phone, phone, displayName: '张秀兰', roles: ['CITIZEN'] },
    });
    const me = await platform.graphql<{ viewer: { username: string } }>(VIEWER, {}, { token: payload.accessToken });
    expect(me.data?.viewer.username).toBe(phone);
    const signIn = await platform.graphql(LOGIN, { u: phone, p: password });
    expect(signIn.errors).toBeUndefined();
    const audit = await sql<{ kind: string }>(
      platform,
      'select kind from identity.auth_event where account_id = ? order by at',
      [payload.account.id],
    );
    expect(audit.map((a) => a.kind)).toEqual(['CITIZEN_REGISTERED', 'SIGNED_IN']);
  });

  it('refuses a wrong code and creates nothing', async () => {
    const { phone, code } = await codeFor(platform);
    const wrong = code === '000000' ? '000001' : '000000';
    const result = await register({ phone, code: wrong, password, name: '李四' });
    expect(fieldOf(result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
      reason: 'VERIFICATION_CODE_WRONG',
    });
    expect(await accountsWithPhone(phone)).toBe(0);
  });

  it('checks the password policy before the code is used, so the code still works after', async () => {
    const { phone, code } = await codeFor(platform);
    const short = await register({ phone, code, password: 'short', name: '李四' });
    expect(fieldOf(short)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.password',
      reason: 'PASSWORD_LENGTH',
    });
    const withPhone = await register({ phone, code, password: `pw${phone}`, name: '李四' });
    expect(fieldOf(withPhone)).toMatchObject({ field: 'input.password', reason: 'PASSWORD_CONTAINS_USERNAME' });
    expect((await register({ phone, code, password, name: '李四' })).data?.registerCitizen.account.phone).toBe(phone);
  });

  it('refuses a code after its 10 minutes', async () => {
    const { phone, code } = await codeFor(platform);
    platform.clock.advance(0, 10 * 60_000 + 1_000);
    const result = await register({ phone, code, password, name: '李四' });
    expect(fieldOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERIFICATION_CODE_WRONG' });
    expect(await accountsWithPhone(phone)).toBe(0);
  });

  it('allows 5 tries per code: after parallel wrong guesses the right code no longer works', async () => {
    const { phone, code } = await codeFor(platform);
    const wrong = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const guesses = await Promise.all(wrong.map((c) => register({ phone, code: c, password, name: '李四' })));
    expect(guesses.every((g) => fieldOf(g)?.reason === 'VERIFICATION_CODE_WRONG')).toBe(true);
    const [row] = await sql<{ attempts: number }>(
      platform,
      'select attempts from identity.verification_code where phone = ?',
      [phone],
    );
    expect(row!.attempts).toBe(5);
    expect(fieldOf(await register({ phone, code, password, name: '李四' }))?.reason).toBe('VERIFICATION_CODE_WRONG');
    expect(await accountsWithPhone(phone)).toBe(0);
  });

  it('uses a code once: of parallel registrations with the same code exactly one succeeds', async () => {
    const { phone, code } = await codeFor(platform);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => register({ phone, code, password, name: `同时${i}` })),
    );
    expect(results.filter((r) => r.data?.registerCitizen)).toHaveLength(1);
    expect(results.filter((r) => fieldOf(r)?.reason === 'VERIFICATION_CODE_WRONG')).toHaveLength(5);
    expect(await accountsWithPhone(phone)).toBe(1);
  });

  it('refuses to register a phone twice, even with a new code (CONFLICT)', async () => {
    const citizen = await registerCitizen(platform);
    await requestCode(platform, citizen.phone);
    const code = await latestCode(platform, citizen.phone);
    const again = await register({ phone: citizen.phone, code, password, name: '冒名' });
    expect(fieldOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'PHONE_ALREADY_REGISTERED' });
    expect(await accountsWithPhone(citizen.phone)).toBe(1);
  });

  it('gives the portal its session as an HttpOnly cookie, as login does', async () => {
    const { phone, code } = await codeFor(platform);
    const result = await platform.graphql<RegisterPayload>(
      REGISTER,
      { input: { phone, code, password, name: '王五' } },
      { headers: { 'x-tjxf-session': 'cookie' } },
    );
    expect(result.data?.registerCitizen.accessToken).toBe('');
    expect(result.headers.get('set-cookie')).toMatch(/tjxf_session=.+HttpOnly/i);
  });
});

describe('password reset by code (issue 10)', () => {
  it('sets the new password and ends every session of the account', async () => {
    const citizen = await registerCitizen(platform);
    const other = await platform.login(citizen.phone, citizen.password);
    await requestCode(platform, citizen.phone);
    const code = await latestCode(platform, citizen.phone);
    const newPassword = 'Autumn#River2026';
    const reset = await platform.graphql(RESET, { input: { phone: citizen.phone, code, newPassword } });
    expect(reset.data).toEqual({ resetPassword: true });
    for (const token of [citizen.token, other]) {
      const refused = async () => (await platform.graphql(VIEWER, {}, { token })).status === 401;
      expect(await millisUntil(refused, TEST_SESSION_REVOCATION_POLL_MS * 12)).toBeLessThan(Infinity);
    }
    expect(errorCode(await platform.graphql(LOGIN, { u: citizen.phone, p: citizen.password }))).toBe('UNAUTHENTICATED');
    expect((await platform.graphql(LOGIN, { u: citizen.phone, p: newPassword })).errors).toBeUndefined();
    const [audit] = await sql<{ detail: { sessionsEnded: number } }>(
      platform,
      `select detail from identity.auth_event where account_id = ? and kind = 'PASSWORD_RESET_BY_CODE'`,
      [citizen.id],
    );
    expect(audit!.detail.sessionsEnded).toBe(2);
  });

  it('answers alike whether or not the phone has an account, right code or wrong', async () => {
    const citizen = await registerCitizen(platform);
    const unknown = await codeFor(platform);
    await requestCode(platform, citizen.phone);
    const known = { phone: citizen.phone, code: await latestCode(platform, citizen.phone) };
    const wrongOf = (c: string) => (c === '000000' ? '000001' : '000000');
    const newPassword = 'Winter#Snow20261';
    const wrongs = await Promise.all(
      [known, unknown].map((k) => platform.graphql(RESET, { input: { ...k, code: wrongOf(k.code), newPassword } })),
    );
    expect(wrongs[0]!.errors).toEqual(wrongs[1]!.errors);
    const rights = await Promise.all(
      [known, unknown].map((k) => platform.graphql(RESET, { input: { ...k, newPassword } })),
    );
    expect(rights.map((r) => r.data)).toEqual([{ resetPassword: true }, { resetPassword: true }]);
    expect(await accountsWithPhone(unknown.phone)).toBe(0);
  });

  it('uses a code once: of parallel resets with the same code exactly one changes the password', async () => {
    const citizen = await registerCitizen(platform);
    await requestCode(platform, citizen.phone);
    const code = await latestCode(platform, citizen.phone);
    const tries = ['First#Choice2026', 'Second#Choice2026', 'Third#Choice2026', 'Fourth#Choice2026'];
    const results = await Promise.all(
      tries.map((newPassword) => platform.graphql(RESET, { input: { phone: citizen.phone, code, newPassword } })),
    );
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    const winner = tries[results.findIndex((r) => r.data?.resetPassword === true)]!;
    const signIns = await Promise.all(tries.map((p) => platform.graphql(LOGIN, { u: citizen.phone, p })));
    expect(signIns.filter((s) => !s.errors).length).toBe(1);
    expect(signIns[tries.indexOf(winner)]!.errors).toBeUndefined();
  });
});

describe('GET /dev/messages is served in development only', () => {
  it('does not exist on a gateway outside development (test or production)', async () => {
    const phone = uniquePhone();
    await requestCode(platform, phone);
    expect((await devMessages(platform, phone)).status).toBe(200);
    for (const APP_ENV of ['test', 'production']) {
      const gateway = await platform.startGateway({ APP_ENV });
      try {
        const response = await devMessages(platform, phone, gateway.url);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('验证码');
      } finally {
        await gateway.close();
      }
    }
  });
});
