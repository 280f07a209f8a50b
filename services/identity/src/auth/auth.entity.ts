import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { defineThrottleEntity } from '@tjxf/subgraph-kit';

/** Counters of failed sign-ins (see login-throttle.ts). */
export const LoginThrottleEntity = defineThrottleEntity('LoginThrottle', 'login_throttle');

export const AuthEventKind = {
  SIGNED_IN: 'SIGNED_IN',
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  SIGN_IN_THROTTLED: 'SIGN_IN_THROTTLED',
  SIGNED_OUT: 'SIGNED_OUT',
  /** By the account itself; a wrong current password is PASSWORD_CHANGE_FAILED. */
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
  PASSWORD_CHANGE_FAILED: 'PASSWORD_CHANGE_FAILED',
  /** A citizen registered with a phone proven by a one-time code (and is signed in). */
  CITIZEN_REGISTERED: 'CITIZEN_REGISTERED',
  /** A citizen chose a new password with a one-time code sent to the account's phone. */
  PASSWORD_RESET_BY_CODE: 'PASSWORD_RESET_BY_CODE',
  // by an administrator
  ACCOUNT_CREATED: 'ACCOUNT_CREATED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  ACCOUNT_ENABLED: 'ACCOUNT_ENABLED',
  PASSWORD_RESET: 'PASSWORD_RESET',
  ROLES_CHANGED: 'ROLES_CHANGED',
  UNITS_CHANGED: 'UNITS_CHANGED',
} as const;
export type AuthEventKind = (typeof AuthEventKind)[keyof typeof AuthEventKind];

/**
 * The security audit trail: signing in and out, password changes, and what administrators
 * did to which account. `accountId`/`username` name the account concerned, `actorId` who
 * acted (the account itself for its own sign-ins and password changes).
 */
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
    actorId: p.uuid().nullable().index(),
    actorUsername: p.string().length(64).nullable(),
    /** What changed, e.g. `{ "roles": { "from": [...], "to": [...] }, "sessionsEnded": 2 }`. */
    detail: p.json<Record<string, unknown>>().nullable(),
  },
});
export type AuthEvent = InferEntity<typeof AuthEventEntity>;
