import type { FeedEvent, OutboxPosition } from '@tjxf/jobs';
import type { FastifyInstance } from 'fastify';

/** Limits of `GET /internal/events`. */
export const EVENT_FEED_LIMITS = { defaultLimit: 1000, maxLimit: 5000 } as const;

const POSITION = /^(\d{1,20}):(\d{1,20})$/;

/**
 * `GET /internal/events?after=<tx>:<seq>&limit=<n>`: the outbox's final events after a position,
 * in delivery order, for trusted services that keep their own cursor (the stats projections,
 * issue 12): derived data travels as events, never as SQL across schemas (docs/events.md,
 * "The event feed"). `next` is the position of the last event, to ask after next time.
 */
export function eventFeedRoutes(
  app: FastifyInstance,
  read: (after: OutboxPosition, limit: number) => Promise<FeedEvent[]>,
) {
  app.get<{ Querystring: { after?: string; limit?: string } }>('/internal/events', async (request, reply) => {
    const position = POSITION.exec(request.query.after ?? '0:0');
    const limit = Number(request.query.limit ?? EVENT_FEED_LIMITS.defaultLimit);
    if (!position || !Number.isInteger(limit) || limit < 1 || limit > EVENT_FEED_LIMITS.maxLimit)
      return reply
        .code(400)
        .send({ error: `after: <tx>:<seq> (0:0 for the first event); limit: 1 to ${EVENT_FEED_LIMITS.maxLimit}` });
    const events = await read({ tx: position[1]!, seq: position[2]! }, limit);
    const last = events[events.length - 1];
    return reply.send({ events, next: last ? `${last.tx}:${last.seq}` : (request.query.after ?? '0:0') });
  });
}
