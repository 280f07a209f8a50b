import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlFrom } from './support/from-address.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl')); // its own database: its own counters
});
afterAll(() => platform?.stop());

const LOGIN = 'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const attempt = (username: string, password: string) => platform.graphql(LOGIN, { u: username, p: password });
/** A sign-in from another loopback address: another client, as far as the throttle knows. */
const attemptFrom = (address: string, username: string, password: string) =>
  graphqlFrom<{ login: { accessToken: string } }>(platform, address, LOGIN, { u: username, p: password });

const identitySql = <T>(sql: string, params: unknown[] = []) =>
  platform.services.identity.orm.em.getConnection().execute<T[]>(sql, params);
/** Passwords actually checked (the audit of wrong ones), for one account from one address. */
const wrongPasswordsChecked = async (username: string, address: string) =>
  Number(
    (
      await identitySql<{ n: string }>(
        `select count(*) as n from identity.auth_event where kind = 'SIGN_IN_FAILED' and username = ? and ip = ?`,
        [username, address],
      )
    )[0]!.n,
  );

describe('wrong passwords are rate limited', () => {
  // issue 8 changed this: the pause is of the account from that address, first for a minute
  it('pauses an account from one address after 5 wrong passwords, even for the right one, and tells how long', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt('handler.city.zj', `wrong-${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt('handler.city.zj', 'Demo#2026');
    expect(blocked.data ?? null).toBeNull();
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(60);
    // another account is not affected by this one's pause
    expect((await attempt('head.hexi.zj', 'Demo#2026')).data).toMatchObject({
      login: { accessToken: expect.any(String) },
    });
  });

  it('clears an account’s count after a right password', async () => {
    for (let i = 0; i < 4; i++) await attempt('xfb.city', 'wrong');
    expect((await attempt('xfb.city', 'Demo#2026')).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await attempt('xfb.city', 'wrong');
    expect((await attempt('xfb.city', 'Demo#2026')).errors).toBeUndefined();
  });

  it('pauses an address after 30 wrong passwords across accounts', async () => {
    // 13 failures so far from this address in the tests above; 17 more make 30
    for (let i = 0; i < 16; i++) await attempt(`nobody${i}`, 'wrong');
    expect((await attempt('leader.hexi', 'Demo#2026')).errors).toBeUndefined();
    await attempt('nobody16', 'wrong');
    const blocked = await attempt('leader.city', 'Demo#2026');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('parallel guessing is counted before the password is checked (issue 8)', () => {
  it('checks at most 5 of 40 parallel wrong passwords for one account from one address', async () => {
    const attacker = '127.0.0.11';
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attemptFrom(attacker, 'handler.hexi.sthj', `guess-${i}`)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(35);
    expect(await wrongPasswordsChecked('handler.hexi.sthj', attacker)).toBe(5);
    // the right password from the paused address waits too
    const paused = (await attemptFrom(attacker, 'handler.hexi.sthj', 'Demo#2026')).errors?.[0]?.extensions;
    expect(paused?.code).toBe('RATE_LIMITED');
    expect(paused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(paused?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('lets the owner sign in from another address while the guessing address is paused', async () => {
    const attacker = '127.0.0.12';
    await Promise.all(Array.from({ length: 10 }, (_, i) => attemptFrom(attacker, 'handler.hexi.zj', `guess-${i}`)));
    expect((await attemptFrom(attacker, 'handler.hexi.zj', 'Demo#2026')).errors?.[0]?.extensions?.code).toBe(
      'RATE_LIMITED',
    );
    const owner = await attemptFrom('127.0.0.13', 'handler.hexi.zj', 'Demo#2026');
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('does not lock the administrator out after wrong passwords from elsewhere', async () => {
    const strangers = ['127.0.0.21', '127.0.0.22', '127.0.0.23'];
    await Promise.all(
      strangers.flatMap((address) => Array.from({ length: 6 }, (_, i) => attemptFrom(address, 'admin', `guess-${i}`))),
    );
    expect(await wrongPasswordsChecked('admin', strangers[0]!)).toBe(5);
    const admin = await attemptFrom('127.0.0.24', 'admin', 'Demo#2026');
    expect(admin.errors).toBeUndefined();
    expect(admin.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('pauses an address that keeps guessing longer each time, and the right password starts it afresh', async () => {
    const address = '127.0.0.31';
    const guessFiveTimes = () =>
      Promise.all(Array.from({ length: 5 }, (_, i) => attemptFrom(address, 'leader.hexi', `guess-${i}`)));
    const pauseNow = async () =>
      (await attemptFrom(address, 'leader.hexi', 'wrong')).errors?.[0]?.extensions?.retryAfterSeconds;
    // the pause running out, without waiting for it
    const endPause = () =>
      identitySql(`update identity.login_throttle set expire = 0 where key = ?`, [`pair:leader.hexi ${address}`]);

    await guessFiveTimes();
    expect(await pauseNow()).toBe(60);
    await endPause();
    await guessFiveTimes();
    expect(await pauseNow()).toBe(120);
    await endPause();
    expect((await attemptFrom(address, 'leader.hexi', 'Demo#2026')).errors).toBeUndefined();
    await guessFiveTimes();
    expect(await pauseNow()).toBe(60);
  });

  it('pauses an account after 100 wrong passwords from many addresses, for every address', async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `127.0.1.${i + 1}`);
    for (const address of addresses)
      await Promise.all(Array.from({ length: 5 }, (_, i) => attemptFrom(address, 'deputy.npc', `guess-${i}`)));
    const fresh = await attemptFrom('127.0.2.1', 'deputy.npc', 'Demo#2026');
    expect(fresh.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 15 * 60 });
  });
});
