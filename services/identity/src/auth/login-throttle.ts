import { FailureThrottle } from '@tjxf/subgraph-kit';

/** Defaults of sign-in throttling: per account, then per address. */
export const LOGIN_THROTTLE_RULES = [
  /** Consecutive wrong passwords for one account before it is paused. */
  { name: 'account', failures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Wrong passwords from one address, whatever the accounts, before it is paused. */
  { name: 'address', failures: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
] as const;

export type LoginThrottle = FailureThrottle<'account' | 'address'>;

export const createLoginThrottle = (databaseUrl: string): LoginThrottle =>
  new FailureThrottle(databaseUrl, 'identity', 'login_throttle', LOGIN_THROTTLE_RULES);
