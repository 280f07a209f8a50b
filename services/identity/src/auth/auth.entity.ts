import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { defineThrottleEntity } from '@tjxf/subgraph-kit';

/** Counters of failed sign-ins (see login-throttle.ts). */
export const LoginThrottleEntity = defineThrottleEntity('LoginThrottle', 'login_throttle');

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
