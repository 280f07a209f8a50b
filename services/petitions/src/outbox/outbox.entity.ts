import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Domain events, written in the same transaction as the change they describe. Consumers read
 * them in (writing transaction, `seq`) order from a stored cursor (`@tjxf/jobs`' OutboxDelivery,
 * docs/events.md); `txId` is the writing transaction, set by the database.
 */
export const OutboxEventEntity = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    seq: p.bigint('number').primary().autoincrement(),
    id: p.uuid().unique(),
    type: p.string().length(60),
    /** The version of the type's fields (OUTBOX_EVENT_TYPES). */
    version: p.integer().default(1),
    aggregateId: p.uuid().index(),
    occurredAt: p.datetime(),
    payload: p.json<Record<string, unknown>>(),
    txId: p.string().columnType('xid8').defaultRaw('pg_current_xact_id()').lazy(),
  },
  indexes: [{ properties: ['txId', 'seq'] }],
});
export type OutboxEvent = InferEntity<typeof OutboxEventEntity>;

/** Where each consumer of the outbox stands: the last event delivered to it. */
export const ConsumerCursorEntity = defineEntity({
  name: 'ConsumerCursor',
  tableName: 'consumer_cursor',
  properties: {
    consumer: p.string().length(60).primary(),
    lastTxId: p.string().columnType('xid8').default('0'),
    lastSeq: p.bigint('number').default(0),
    delivered: p.bigint('number').default(0),
    updatedAt: p.datetime().nullable(),
  },
});
