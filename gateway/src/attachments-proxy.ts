import fastifyReplyFrom from '@fastify/reply-from';
import type { InternalTokenSigner } from '@tjxf/tokens';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refusalBody } from './errors.js';
import { identifyCaller, refuseCaller, type SessionCheck } from './session.js';
import { deliveryOfFailure, RETRY_AFTER_SECONDS, serviceUnavailableError } from './unavailable.js';

/** Largest upload the gateway passes on (the petitions service enforces its own, smaller limit). */
export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;

/**
 * Headers one of which an upload must carry, non-empty: Apollo's CSRF prevention rule for
 * /graphql, applied to /uploads. A browser sends a custom header only after a CORS preflight,
 * which a page of another origin does not pass; a plain cross-site form cannot set one.
 */
export const UPLOAD_PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/**
 * Request headers that concern the client's hop to the gateway only. `expect: 100-continue`
 * above all: Node has already answered it, and undici refuses to send it on (issue 8).
 */
const HOP_HEADERS = ['expect', 'connection', 'keep-alive', 'te', 'trailer', 'upgrade', 'proxy-connection'];

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
          const forwarded: Record<string, string | string[] | undefined> = { ...headers };
          for (const name of ['cookie', ...HOP_HEADERS]) delete forwarded[name];
          return { ...forwarded, authorization: `Bearer ${token}`, 'x-request-id': request.id };
        },
        onError: (failed, { error }) => {
          failed.request.log.warn({ err: error }, 'the petitions service did not answer an attachment request');
          const unavailable = serviceUnavailableError('petitions', deliveryOfFailure(error) ?? 'UNKNOWN');
          return failed
            .code(503)
            .header('retry-after', String(RETRY_AFTER_SECONDS))
            .type('application/json')
            .send({ errors: [unavailable] });
        },
      });
    };
    scope.post('/uploads', (request, reply) => {
      if (!UPLOAD_PREFLIGHT_HEADERS.some((name) => request.headers[name]?.length)) {
        return reply
          .code(400)
          .type('application/json')
          .send(refusalBody('BAD_REQUEST', 'CROSS_SITE_UPLOAD', { header: UPLOAD_PREFLIGHT_HEADERS[0] }));
      }
      return forward(request, reply, '/attachments');
    });
    scope.get<{ Params: { id: string } }>('/attachments/:id', (request, reply) =>
      forward(request, reply, `/attachments/${encodeURIComponent(request.params.id)}`),
    );
  });
}
