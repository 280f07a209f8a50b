import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Why a session ended before its time. */
export const SessionEndReason = {
  SIGNED_OUT: 'SIGNED_OUT',
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
  PASSWORD_RESET: 'PASSWORD_RESET',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  ROLES_CHANGED: 'ROLES_CHANGED',
  UNITS_CHANGED: 'UNITS_CHANGED',
} as const;
export type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason];

/**
 * One sign-in: the access token carries its id (`sid`). Revoking it is what ends the token
 * before it expires; the gateway learns revoked ids from `/internal/sessions/revoked`.
 */
export const SessionEntity = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary(),
    accountId: p.uuid().index(),
    createdAt: p.datetime(),
    /** When its access token expires: after that the row is history only. */
    expiresAt: p.datetime().index(),
    ip: p.string().length(64).nullable(),
    userAgent: p.string().length(200).nullable(),
    /** Signed in with a temporary password: the token carries no roles until it is changed. */
    restricted: p.boolean().default(false),
    /** Set by the database clock (`now()`), so that every instance polls on one timeline. */
    revokedAt: p.datetime().nullable().index(),
    revokeReason: p.enum(() => SessionEndReason).nullable(),
  },
});
export type Session = InferEntity<typeof SessionEntity>;
