import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Domain events, written in the same transaction as the change they describe. Consumers
 * (statistics, webhooks) read them in `seq` order from a stored cursor.
 */
export const OutboxEventEntity = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    seq: p.bigint('number').primary().autoincrement(),
    id: p.uuid().unique(),
    type: p.string().length(60),
    aggregateId: p.uuid().index(),
    occurredAt: p.datetime(),
    payload: p.json<Record<string, unknown>>(),
  },
});
export type OutboxEvent = InferEntity<typeof OutboxEventEntity>;
