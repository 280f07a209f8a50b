import { raw, type EntityManager } from '@mikro-orm/core';
import { newId } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { SessionEntity, type SessionEndReason } from './session.entity.js';

export interface StartedSession {
  id: string;
  expiresAt: Date;
}

/** A revoked session the gateway must refuse until its token expires. */
export interface RevokedSession {
  id: string;
  expiresAt: Date;
}

/**
 * Sessions of accounts: started at sign-in, ended by signing out or by a change to the
 * account. Every method writes through the caller's EntityManager, so the change commits in
 * the caller's transaction with its audit entry.
 */
export class SessionService {
  constructor(private readonly em: EntityManager) {}

  /** A new session for the account; flushed with the caller's other changes. */
  start(accountId: string, viewer: Viewer, ttlSeconds: number, restricted = false): StartedSession {
    const createdAt = new Date();
    const session = this.em.create(SessionEntity, {
      id: newId(),
      accountId,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + ttlSeconds * 1000),
      ip: viewer.ip?.slice(0, 64) ?? null,
      userAgent: viewer.userAgent ?? null,
      restricted,
      revokedAt: null,
      revokeReason: null,
    });
    return { id: session.id, expiresAt: session.expiresAt };
  }

  /** Ends one session (a second call changes nothing). */
  async end(sessionId: string, reason: SessionEndReason): Promise<number> {
    return this.revoke({ id: sessionId }, reason);
  }

  /** Ends every live session of the account, except `keep` if given. */
  async endAll(accountId: string, reason: SessionEndReason, keep?: string): Promise<number> {
    return this.revoke({ accountId, ...(keep ? { id: { $ne: keep } } : {}) }, reason);
  }

  private revoke(where: Record<string, unknown>, reason: SessionEndReason): Promise<number> {
    return this.em.nativeUpdate(
      SessionEntity,
      { ...where, revokedAt: null, expiresAt: { $gt: new Date() } },
      // the database's clock: the gateways poll by it, whichever instance revoked
      { revokedAt: raw('now()'), revokeReason: reason },
    );
  }
}

/**
 * Sessions revoked at or after `since` (all revoked ones not yet expired without it), and the
 * database's time of the answer, from which the next poll starts.
 */
export async function revokedSessions(
  em: EntityManager,
  since: Date | null,
): Promise<{ now: Date; revoked: RevokedSession[] }> {
  const [{ now }] = (await em.getConnection().execute('select clock_timestamp() as now')) as [{ now: Date }];
  const rows = await em.find(
    SessionEntity,
    { revokedAt: since ? { $gte: since } : { $ne: null }, expiresAt: { $gt: now } },
    { fields: ['id', 'expiresAt'] },
  );
  return { now: new Date(now), revoked: rows.map((r) => ({ id: r.id, expiresAt: r.expiresAt })) };
}

/** How sessions are kept once their token has expired, and how often they are cleared. */
export const SESSION_RETENTION = {
  /**
   * Days a session row (its address and browser) is kept after its token expired. Sign-ins
   * and sign-outs stay in the security audit log; the row itself serves nothing once its
   * token is dead, and it is personal data.
   */
  days: 30,
  /** How often each identity instance clears them (the delete is idempotent). */
  intervalMs: 3600_000,
} as const;

/** Deletes sessions whose token expired more than {@link SESSION_RETENTION.days} before `now`. */
export async function purgeExpiredSessions(em: EntityManager, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SESSION_RETENTION.days * 86_400_000);
  return em.fork().nativeDelete(SessionEntity, { expiresAt: { $lt: before } });
}
