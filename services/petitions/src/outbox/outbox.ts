import type { EntityManager } from '@mikro-orm/core';
import { newId } from '@tjxf/domain';
import { versionOf } from './event-types.js';
import { OutboxEventEntity } from './outbox.entity.js';

/** The event name of a history action: `REVIEW_REQUESTED` → `ReviewRequested`. */
export function eventName(action: string): string {
  return action
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join('');
}

/**
 * Adds a domain event to the unit of work: it commits with the change, or not at all. `type`
 * must be in OUTBOX_EVENT_TYPES, which gives its version.
 */
export function recordEvent(
  em: EntityManager,
  type: string,
  aggregateId: string,
  payload: Record<string, unknown>,
  occurredAt = new Date(),
): void {
  em.create(OutboxEventEntity, { id: newId(), type, version: versionOf(type), aggregateId, occurredAt, payload });
}
