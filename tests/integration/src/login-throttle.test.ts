import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl')); // its own database: its own counters
});
afterAll(() => platform?.stop());

const LOGIN = 'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const attempt = (username: string, password: string) => platform.graphql(LOGIN, { u: username, p: password });

describe('wrong passwords are rate limited', () => {
  it('pauses an account after 5 wrong passwords, even for the right one, and tells how long', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt('handler.city.zj', `wrong-${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt('handler.city.zj', 'Demo#2026');
    expect(blocked.data ?? null).toBeNull();
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(60);
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
