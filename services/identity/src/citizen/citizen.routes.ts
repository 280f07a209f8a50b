import { isUuid } from '@tjxf/domain';
import type { MikroORM } from '@tjxf/db-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccountEntity, AccountStatus } from '../account/account.entity.js';
import type { DevelopmentMessageChannel } from '../verification/message-channel.js';
import { VerificationService, type VerificationParts } from '../verification/verification.service.js';
import { MAINLAND_MOBILE } from './phone.js';

/** Each internal route names the one caller it serves (SERVICE_CALLS of the launcher). */
const onlyFor = (caller: string) => async (request: FastifyRequest, reply: FastifyReply) => {
  if (request.callingService !== caller) return reply.code(403).send({ error: `only ${caller} calls this route` });
};

/**
 * Internal routes of citizens' phones, for the petitions service: a code typed on the tracking
 * page is used up here (`POST /internal/verification-codes/use`), and a citizen's verified
 * phone is read for linking petitions (`GET /internal/accounts/:id/phone`). In development
 * only, the gateway reads the messages kept by the development channel (`/internal/dev/messages`).
 */
export function citizenRoutes(
  app: FastifyInstance,
  orm: MikroORM,
  verification: VerificationParts,
  development: DevelopmentMessageChannel | null,
) {
  app.post<{ Body: { phone?: unknown; code?: unknown } }>(
    '/internal/verification-codes/use',
    { preHandler: onlyFor('petitions') },
    async (request, reply) => {
      const { phone, code } = request.body ?? {};
      if (typeof phone !== 'string' || typeof code !== 'string' || !MAINLAND_MOBILE.test(phone))
        return reply.code(400).send({ error: 'phone (11 digits) and code are required' });
      return { verified: await new VerificationService(orm.em.fork(), verification).consume(phone, code) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/internal/accounts/:id/phone',
    { preHandler: onlyFor('petitions') },
    async (request, reply) => {
      const account = isUuid(request.params.id)
        ? await orm.em.fork().findOne(AccountEntity, { id: request.params.id, status: AccountStatus.ACTIVE })
        : null;
      if (!account) return reply.code(404).send({ error: 'no such account' });
      return reply.header('cache-control', 'no-store').send({ phone: account.phone ?? null });
    },
  );

  if (development) {
    app.get<{ Querystring: { to?: string } }>(
      '/internal/dev/messages',
      { preHandler: onlyFor('gateway') },
      async (request, reply) => {
        const to = request.query.to ?? '';
        if (!MAINLAND_MOBILE.test(to)) return reply.code(400).send({ error: 'to must be an 11-digit mobile number' });
        const messages = development
          .sentTo(to)
          .map((m) => ({ to: m.to, text: m.text, sentAt: m.sentAt.toISOString() }));
        return reply.header('cache-control', 'no-store').send(messages);
      },
    );
  }
}
