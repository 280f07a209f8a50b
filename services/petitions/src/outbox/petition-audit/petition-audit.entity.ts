import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The audit view of a petition's events (the petition office's), a projection the
 * `petition-audit` consumer fills from the outbox: one row per event, keyed on the event's
 * `seq` so that a batch delivered again adds nothing. `position` is the order of delivery.
 */
export const PetitionAuditEventEntity = defineEntity({
  name: 'PetitionAuditEvent',
  tableName: 'petition_audit_event',
  properties: {
    position: p.bigint('number').primary().autoincrement(),
    seq: p.bigint('number').unique(),
    petitionId: p.uuid(),
    type: p.string().length(60),
    version: p.integer(),
    occurredAt: p.datetime(),
    payload: p.json<Record<string, unknown>>(),
  },
  indexes: [{ properties: ['petitionId', 'position'] }],
});
export type PetitionAuditEvent = InferEntity<typeof PetitionAuditEventEntity>;
