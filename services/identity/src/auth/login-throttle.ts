import { FailureThrottle, type ThrottleKeys } from '@tjxf/subgraph-kit';

/**
 * Defaults of sign-in throttling. They slow the guesser, not the owner: what pauses first is one
 * account from one address; the account as a whole only stops after NIST SP 800-63B's ceiling
 * of 100 failures (§5.2.2, also OWASP's guidance), so a stranger's few wrong tries never lock
 * the owner out, wherever the owner signs in from.
 */
export const LOGIN_THROTTLE_RULES = [
  /** One account from one address: 5 tries per 15 minutes, then 1, 2, 4 … up to 60 minutes' pause. */
  {
    name: 'pair',
    tries: 5,
    windowSeconds: 15 * 60,
    blockSeconds: 60,
    backoff: { maxBlockSeconds: 60 * 60, memorySeconds: 24 * 60 * 60 },
  },
  /** One address, whatever the accounts (a shared office address keeps room for its people). */
  { name: 'address', tries: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
  /** One account from every address: 100 wrong passwords a day, then 15 minutes' pause, doubling up to a day. */
  {
    name: 'account',
    tries: 100,
    windowSeconds: 24 * 60 * 60,
    blockSeconds: 15 * 60,
    backoff: { maxBlockSeconds: 24 * 60 * 60, memorySeconds: 7 * 24 * 60 * 60 },
  },
] as const;

type LoginRule = (typeof LOGIN_THROTTLE_RULES)[number]['name'];
export type LoginThrottle = FailureThrottle<LoginRule>;

export const createLoginThrottle = (databaseUrl: string): LoginThrottle =>
  new FailureThrottle(databaseUrl, 'identity', 'login_throttle', LOGIN_THROTTLE_RULES);

/** What one sign-in counts against. */
export const loginKeys = (username: string, address: string | null): ThrottleKeys<LoginRule> => ({
  pair: `${username} ${address ?? 'unknown'}`,
  address,
  account: username,
});

/** A right password: the address gets its try back; the account and this address start afresh. */
export const LOGIN_CLEARS_ON_SUCCESS: readonly LoginRule[] = ['pair', 'account'];
