import { FailureThrottle, type ThrottleKeys } from '@tjxf/subgraph-kit';

/**
 * How often codes are sent. Every request counts (a sent code is never given back): they
 * protect phones from being flooded with messages and the platform's SMS bill, and bound
 * the guesses at codes (each code allows VERIFICATION_CODE_RULES.maxAttempts).
 */
export const SEND_THROTTLE_RULES = [
  /** One phone: five codes an hour (a lost message or two, a registration, then a reset). */
  { name: 'phone', tries: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
  /** One address, whatever the phones: ten an hour. */
  { name: 'address', tries: 10, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
] as const;

type SendRule = (typeof SEND_THROTTLE_RULES)[number]['name'];
export type SendThrottle = FailureThrottle<SendRule>;

export const createSendThrottle = (databaseUrl: string): SendThrottle =>
  new FailureThrottle(databaseUrl, 'identity', 'verification_throttle', SEND_THROTTLE_RULES);

export const sendKeys = (phone: string, address: string | null): ThrottleKeys<SendRule> => ({
  phone,
  address,
});
