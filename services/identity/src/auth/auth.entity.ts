import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Counters of failed sign-ins, in the table layout of rate-limiter-flexible's Postgres store. */
export const LoginThrottleEntity = defineEntity({
  name: 'LoginThrottle',
  tableName: 'login_throttle',
  properties: {
    key: p.string().length(255).primary(),
    points: p.integer().default(0),
    expire: p.bigint('number').nullable(),
  },
});

export const AuthEventKind = {
  SIGNED_IN: 'SIGNED_IN',
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  SIGN_IN_THROTTLED: 'SIGN_IN_THROTTLED',
  SIGNED_OUT: 'SIGNED_OUT',
} as const;
export type AuthEventKind = (typeof AuthEventKind)[keyof typeof AuthEventKind];

/** The security audit trail of signing in and out. */
export const AuthEventEntity = defineEntity({
  name: 'AuthEvent',
  tableName: 'auth_event',
  properties: {
    id: p.uuid().primary(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    kind: p.enum(() => AuthEventKind),
    /** The account, when the username named one. */
    accountId: p.uuid().nullable().index(),
    username: p.string().length(64),
    ip: p.string().length(64).nullable(),
  },
});
export type AuthEvent = InferEntity<typeof AuthEventEntity>;
