import { parseConfig } from '@tjxf/config';
import { COOKIE_SESSION_HEADER, SESSION_COOKIE, gatewayConfigSchema } from '@tjxf/gateway';
import { TEST_SESSION_REVOCATION_POLL_MS, startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CHANGE_PASSWORD,
  LOGIN,
  LOGOUT,
  VIEWER,
  createTestAccount,
  errorCode,
  millisUntil,
  sql,
  type ChangePasswordPayload,
  type LoginPayload,
  type TestAccount,
} from './support/accounts.js';

// Issue 8, defect 4: after logout the bearer token and the cookie worked for the rest of their
// 8 hours. A session now has a server-side record; ending it reaches every gateway instance
// within one poll of the revoked sessions (250 ms in tests, at most a minute by default).

let platform: TestPlatform;
let admin: string;
/** A second gateway instance in front of the same subgraphs, as behind a load balancer. */
let otherGateway: string;
/** Refusals must reach another instance within a few polls (with room for a busy machine). */
const PROPAGATION_MS = TEST_SESSION_REVOCATION_POLL_MS * 12;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  admin = await platform.login('admin');
  otherGateway = (await platform.startGateway()).graphqlUrl;
});
afterAll(() => platform?.stop());

const viewerAt = (url: string, token: string) =>
  platform.graphql<{ viewer: { username: string } | null }>(VIEWER, {}, { token, url });
const refusedAt = (url: string, token: string) => async () => (await viewerAt(url, token)).status === 401;

async function cookieLogin(account: TestAccount): Promise<string> {
  const result = await platform.graphql(
    LOGIN,
    { u: account.username, p: account.password },
    { headers: { [COOKIE_SESSION_HEADER]: 'cookie' } },
  );
  return (result.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('signing out ends the session (issue 8)', () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'logout' });
  });

  it('refuses the same bearer token after logout with 401 UNAUTHENTICATED, like an expired one', async () => {
    const token = await platform.login(account.username, account.password);
    expect((await viewerAt(platform.gatewayUrl, token)).data?.viewer?.username).toBe(account.username);
    expect((await platform.graphql(LOGOUT, {}, { token })).data).toEqual({ logout: true });
    const after = await viewerAt(platform.gatewayUrl, token);
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('refuses it at another gateway instance within the poll interval', async () => {
    const token = await platform.login(account.username, account.password);
    expect((await viewerAt(otherGateway, token)).status).toBe(200);
    await platform.graphql(LOGOUT, {}, { token });
    expect(await millisUntil(refusedAt(otherGateway, token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
  });

  it('treats a copy of the cookie kept after logout as anonymous and clears it, at every instance', async () => {
    const cookie = await cookieLogin(account);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=.+`));
    const copy = { headers: { cookie } };
    expect((await platform.graphql<{ viewer: unknown }>(VIEWER, {}, copy)).data?.viewer).not.toBeNull();
    await platform.graphql(LOGOUT, {}, { headers: { cookie, [COOKIE_SESSION_HEADER]: 'cookie' } });
    for (const url of [platform.gatewayUrl, otherGateway]) {
      const anonymousWithin = await millisUntil(
        async () => (await platform.graphql<{ viewer: unknown }>(VIEWER, {}, { ...copy, url })).data?.viewer === null,
        PROPAGATION_MS,
      );
      expect(anonymousWithin).toBeLessThan(PROPAGATION_MS);
      const after = await platform.graphql(VIEWER, {}, { ...copy, url });
      expect(after.status).toBe(200);
      expect(after.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    }
  });

  it('refuses an upload with a signed-out token as well', async () => {
    const token = await platform.login(account.username, account.password);
    await platform.graphql(LOGOUT, {}, { token });
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4\n'], { type: 'application/pdf' }), 'a.pdf');
    const response = await fetch(platform.gatewayUrl.replace(/graphql$/, 'uploads'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: form,
    });
    expect(response.status).toBe(401);
  });

  it('records the session: account, times, address, user agent, and when and why it ended', async () => {
    const signedIn = await platform.graphql<LoginPayload>(
      LOGIN,
      { u: account.username, p: account.password },
      { headers: { 'user-agent': 'tjxf-integration-test/1.0' } },
    );
    const token = signedIn.data!.login.accessToken;
    const sid = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string;
    await platform.graphql(LOGOUT, {}, { token });
    const [row] = await sql<Record<string, unknown>>(
      platform,
      'select account_id, ip, user_agent, created_at, expires_at, revoked_at, revoke_reason from identity.session where id = ?',
      [sid],
    );
    expect(row).toMatchObject({
      account_id: account.id,
      ip: '127.0.0.1',
      user_agent: 'tjxf-integration-test/1.0',
      revoke_reason: 'SIGNED_OUT',
    });
    expect(new Date(row!.expires_at as string).getTime()).toBe(new Date(signedIn.data!.login.expiresAt).getTime());
    expect(row!.revoked_at).not.toBeNull();
  });

  it('keeps parallel sessions apart: parallel logouts end exactly those sessions', async () => {
    // five at once: sign-ins in flight count against the allowance of one account from one address
    const tokens = await Promise.all(
      Array.from({ length: 5 }, () => platform.login(account.username, account.password)),
    );
    expect(new Set(tokens).size).toBe(5);
    const [leaving, staying] = [tokens.slice(0, 3), tokens.slice(3)];
    const logouts = await Promise.all(leaving.map((token) => platform.graphql(LOGOUT, {}, { token })));
    expect(logouts.map((r) => r.data)).toEqual(leaving.map(() => ({ logout: true })));
    for (const token of leaving)
      expect(await millisUntil(refusedAt(otherGateway, token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    for (const token of staying) {
      expect((await viewerAt(platform.gatewayUrl, token)).status).toBe(200);
      expect((await viewerAt(otherGateway, token)).status).toBe(200);
    }
  });
});

describe('changing one’s own password (issue 8)', () => {
  it('ends every session of the account, this one too, and answers a new one that works', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'change' });
    const elsewhere = await platform.login(account.username, account.password);
    const next = 'another-Secret-2026';
    const changed = await platform.graphql<ChangePasswordPayload>(
      CHANGE_PASSWORD,
      { current: account.password, next },
      { token: account.token },
    );
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data!.changePassword.accessToken;
    // the session that changed it ends at once at this gateway; the others at its next poll
    expect((await viewerAt(platform.gatewayUrl, account.token)).status).toBe(401);
    for (const old of [account.token, elsewhere])
      for (const url of [platform.gatewayUrl, otherGateway])
        expect(await millisUntil(refusedAt(url, old), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    expect((await viewerAt(otherGateway, fresh)).data?.viewer?.username).toBe(account.username);
    expect(errorCode(await platform.graphql(LOGIN, { u: account.username, p: account.password }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await platform.login(account.username, next)).toBeTruthy();
  });

  it('sets the new session’s cookie for a portal', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'cookie' });
    const cookie = await cookieLogin(account);
    const changed = await platform.graphql<ChangePasswordPayload>(
      CHANGE_PASSWORD,
      { current: account.password, next: 'portal-Secret-2026' },
      { headers: { cookie, [COOKIE_SESSION_HEADER]: 'cookie' } },
    );
    expect(changed.data?.changePassword.accessToken).toBe('');
    const renewed = (changed.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(renewed).not.toBe(cookie);
    const viewer = await platform.graphql<{ viewer: { username: string } }>(
      VIEWER,
      {},
      { headers: { cookie: renewed } },
    );
    expect(viewer.data?.viewer.username).toBe(account.username);
  });

  it('refuses a short password or one containing the username, and changes nothing', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'rules' });
    for (const next of ['short', `${account.username}-2026!`]) {
      const refused = await platform.graphql(
        CHANGE_PASSWORD,
        { current: account.password, next },
        { token: account.token },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect((await viewerAt(platform.gatewayUrl, account.token)).status).toBe(200);
    expect(await platform.login(account.username, account.password)).toBeTruthy();
  });

  it('counts a wrong current password as a failed sign-in: parallel guesses end in RATE_LIMITED', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'guess' });
    const guesses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        platform.graphql(CHANGE_PASSWORD, { current: `wrong-${i}`, next: 'never-Used-2026' }, { token: account.token }),
      ),
    );
    for (const guess of guesses) expect(['BAD_USER_INPUT', 'RATE_LIMITED']).toContain(errorCode(guess));
    const after = await platform.graphql(
      CHANGE_PASSWORD,
      { current: 'wrong-again', next: 'never-Used-2026' },
      { token: account.token },
    );
    expect(errorCode(after)).toBe('RATE_LIMITED');
    const [{ count }] = await sql<{ count: string }>(
      platform,
      `select count(*) from identity.auth_event where account_id = ? and kind = 'PASSWORD_CHANGE_FAILED'`,
      [account.id],
    );
    expect(Number(count)).toBeGreaterThanOrEqual(5);
  });
});

describe('when sessions cannot be checked (issue 8)', () => {
  it('promises at most a minute by default: the poll interval and the longest unchecked time', () => {
    const config = parseConfig(gatewayConfigSchema, {
      ...Object.fromEntries(
        ['IDENTITY', 'UNITS', 'PETITIONS', 'OFFICIALS', 'STATS'].map((n) => [`${n}_URL`, 'http://127.0.0.1:1/graphql']),
      ),
      INTERNAL_TOKEN_PRIVATE_KEY: platform.keys.internal.privateKey,
      SERVICE_TOKEN_PRIVATE_KEY: platform.keys.services.gateway!.privateKey,
    });
    expect(config.sessionRevocation.pollIntervalMs).toBeLessThanOrEqual(60_000);
    expect(config.sessionRevocation.maxAgeMs).toBeLessThanOrEqual(60_000);
    expect(() =>
      parseConfig(gatewayConfigSchema, {
        ...Object.fromEntries(
          ['IDENTITY', 'UNITS', 'PETITIONS', 'OFFICIALS', 'STATS'].map((n) => [
            `${n}_URL`,
            'http://127.0.0.1:1/graphql',
          ]),
        ),
        INTERNAL_TOKEN_PRIVATE_KEY: platform.keys.internal.privateKey,
        SERVICE_TOKEN_PRIVATE_KEY: platform.keys.services.gateway!.privateKey,
        SESSION_REVOCATION_POLL_MS: '120000',
      }),
    ).toThrow(/SESSION_REVOCATION_POLL_MS/);
  });

  it('fails closed: a gateway that cannot reach identity refuses bearer tokens and treats cookies as anonymous, keeping them', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'closed' });
    const { graphqlUrl: cut } = await platform.startGateway({
      IDENTITY_INTERNAL_URL: 'http://127.0.0.1:9',
      SESSION_REVOCATION_POLL_MS: '250',
      SESSION_REVOCATION_MAX_AGE_MS: '1000',
    });
    const bearer = await viewerAt(cut, account.token);
    expect(bearer.status).toBe(401);
    expect(errorCode(bearer)).toBe('UNAUTHENTICATED');
    const cookie = await cookieLogin(account);
    const viaCookie = await platform.graphql<{ viewer: unknown }>(VIEWER, {}, { url: cut, headers: { cookie } });
    expect(viaCookie.data?.viewer).toBeNull();
    expect(viaCookie.headers.get('set-cookie')).toBeNull();
    // anonymous work goes on
    expect((await platform.graphql('{ units(level: CITY) { id } }', {}, { url: cut })).errors).toBeUndefined();
    // the same token at a gateway that can check it is fine
    expect((await viewerAt(platform.gatewayUrl, account.token)).status).toBe(200);
  });

  it('serves the revoked sessions only to the gateway’s service token', async () => {
    const route = new URL('/internal/sessions/revoked', platform.services.identity.url).href;
    expect((await fetch(route)).status).toBe(401);
    expect((await fetch(route, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(401);
  });
});

describe('how long a session is kept (personal data: its address and browser)', () => {
  it('clears sessions whose token expired more than 30 days ago, and keeps the rest', async () => {
    const account = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'retention' });
    await platform.login(account.username, account.password);
    const sessions = () =>
      sql<{ expires_at: Date }>(platform, 'select expires_at from identity.session where account_id = ?', [account.id]);
    const kept = await sessions();
    expect(kept.length).toBeGreaterThan(0);
    const expiry = Math.max(...kept.map((s) => new Date(s.expires_at).getTime()));
    const purge = platform.services.identity.rounds.purgeSessions!;

    // a later session of the same account, whose token expires five days after the first's
    await sql(
      platform,
      'insert into identity.session (id, account_id, created_at, expires_at) values (gen_random_uuid(), ?, now(), ?)',
      [account.id, new Date(expiry + 5 * 86_400_000)],
    );

    // 29 days after the first token expired: both kept
    await purge(new Date(expiry + 29 * 86_400_000));
    expect(await sessions()).toHaveLength(kept.length + 1);
    // 31 days after: the first gone, the later one (expired 26 days before) kept
    await purge(new Date(expiry + 31 * 86_400_000));
    expect((await sessions()).map((s) => new Date(s.expires_at).getTime())).toEqual([expiry + 5 * 86_400_000]);
    // the account and its audit trail untouched
    expect((await sql(platform, 'select 1 from identity.account where id = ?', [account.id])).length).toBe(1);
    expect(
      (
        await sql(platform, "select 1 from identity.auth_event where account_id = ? and kind = 'SIGNED_IN'", [
          account.id,
        ])
      ).length,
    ).toBeGreaterThan(0);
  });
});
