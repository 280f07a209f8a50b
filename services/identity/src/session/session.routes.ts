import type { MikroORM } from '@tjxf/db-kit';
import type { FastifyInstance } from 'fastify';
import { revokedSessions } from './session.service.js';

/**
 * `GET /internal/sessions/revoked[?since=ISO time]`, for the gateway (its service token):
 * the sessions revoked since then that have not expired, and the time to ask from next.
 * Without `since`, every revoked session whose token could still be presented.
 */
export function sessionRoutes(app: FastifyInstance, orm: MikroORM) {
  app.get<{ Querystring: { since?: string } }>('/internal/sessions/revoked', async (request, reply) => {
    const since = request.query.since ? new Date(request.query.since) : null;
    if (since && Number.isNaN(since.getTime())) return reply.code(400).send({ error: 'since must be an ISO time' });
    const { now, revoked } = await revokedSessions(orm.em.fork(), since);
    return reply.header('cache-control', 'no-store').send({
      now: now.toISOString(),
      revoked: revoked.map((s) => ({ id: s.id, expiresAt: s.expiresAt.toISOString() })),
    });
  });
}
