import type { EntityManager } from '@mikro-orm/core';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';

/**
 * The units subgraph's audit trail: who changed reference data the procedure depends on (a
 * unit's rule set, a year's holiday arrangement), when, and from what to what. Written in the
 * change's own transaction.
 */
export const UnitsAuditEntryEntity = defineEntity({
  name: 'UnitsAuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    /** The administrator's account. */
    actorId: p.uuid().nullable().index(),
    /** What was done, e.g. `HOLIDAY_SCHEDULE_PUBLISHED`. */
    action: p.string().length(40),
    /** What it was done to: a unit id, or `calendar:2027`. */
    subject: p.string().length(60).index(),
    detail: p.json<Record<string, unknown>>(),
  },
});
export type UnitsAuditEntry = InferEntity<typeof UnitsAuditEntryEntity>;

/** Adds an entry to the audit trail, in the caller's transaction. */
export function audit(
  tx: EntityManager,
  viewer: Viewer,
  entry: { action: string; subject: string; detail: Record<string, unknown> },
): void {
  tx.create(UnitsAuditEntryEntity, { id: newId(), at: new Date(), actorId: viewer.accountId ?? null, ...entry });
}
