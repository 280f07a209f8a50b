import { defineEntity, p, type EntityManager, type InferEntity } from '@mikro-orm/core';
import { newId } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';

/**
 * A service's audit trail of changes to reference data the procedure depends on (a unit's rule
 * set, a holiday arrangement, a category, a KPI weight scheme): who, when, what, from what to
 * what. One `audit_entry` table in each service's own schema, written in the change's own
 * transaction.
 */
export const AuditEntryEntity = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    /** The administrator's account. */
    actorId: p.uuid().nullable().index(),
    /** What was done, e.g. `HOLIDAY_SCHEDULE_PUBLISHED`. */
    action: p.string().length(40),
    /** What it was done to: a unit id, `calendar:2027`, `category:0101`. */
    subject: p.string().length(60).index(),
    detail: p.json<Record<string, unknown>>(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntryEntity>;

/** Adds an entry to the audit trail, in the caller's transaction. */
export function audit(
  tx: EntityManager,
  viewer: Viewer,
  entry: { action: string; subject: string; detail: Record<string, unknown> },
): void {
  tx.create(AuditEntryEntity, { id: newId(), at: new Date(), actorId: viewer.accountId ?? null, ...entry });
}
