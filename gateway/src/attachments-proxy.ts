import fastifyReplyFrom from '@fastify/reply-from';
import type { InternalTokenSigner } from '@tjxf/tokens';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { identifyCaller, refuseCaller, type SessionCheck } from './session.js';

/** Largest upload the gateway passes on (the petitions service enforces its own, smaller limit). */
export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;

/**
 * Files do not travel through GraphQL: `POST /uploads` (multipart) and `GET /attachments/:id`
 * are streamed to the petitions service, with the caller in an internal token as for every
 * subgraph call. The gateway knows nothing of attachments beyond the route.
 */
export async function registerAttachmentsProxy(
  app: FastifyInstance,
  petitionsUrl: string,
  sessions: SessionCheck,
  signer: InternalTokenSigner,
) {
  await app.register(async (scope) => {
    await scope.register(fastifyReplyFrom, { base: new URL(petitionsUrl).origin });
    // stream multipart bodies through untouched
    scope.addContentTypeParser('multipart/form-data', { bodyLimit: UPLOAD_BODY_LIMIT }, (_req, payload, done) =>
      done(null, payload),
    );

    const forward = async (request: FastifyRequest, reply: FastifyReply, path: string) => {
      const caller = await identifyCaller(request, reply, sessions);
      if ('rejected' in caller) return refuseCaller(reply, caller);
      const token = await signer.sign(caller.viewer);
      return reply.from(path, {
        rewriteRequestHeaders: (_req, headers) => {
          const { cookie: _c, authorization: _a, ...rest } = headers;
          return { ...rest, authorization: `Bearer ${token}`, 'x-request-id': request.id };
        },
      });
    };
    scope.post('/uploads', (request, reply) => forward(request, reply, '/attachments'));
    scope.get<{ Params: { id: string } }>('/attachments/:id', (request, reply) =>
      forward(request, reply, `/attachments/${encodeURIComponent(request.params.id)}`),
    );
  });
}
