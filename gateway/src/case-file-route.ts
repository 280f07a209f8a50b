import type { ApolloServer } from '@apollo/server';
import { hasPermission } from '@tjxf/authz';
import { CASE_FILE_QUERY, RendererBusy, type CaseFilePetition, type CaseFileRenderer } from '@tjxf/case-file';
import { ErrorCode, isUuid } from '@tjxf/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { refusalBody } from './errors.js';
import type { SessionContext } from './session-plugin.js';
import { identifyCaller, refuseCaller, type SessionCheck } from './session.js';
import { RETRY_AFTER_SECONDS } from './unavailable.js';

/** Errors of the operation that decide the answer's HTTP status (the rest is our fault: 500). */
const STATUS_OF: Record<string, number> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 404, // not allowed to see it: the same answer as not there
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.RATE_LIMITED]: 429,
};

const json = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).header('content-type', 'application/json').header('cache-control', 'no-store').send(body);

/**
 * `GET /petitions/:id/case-file.pdf` (R-LAW, CONTRACT "Front desk and prevention"): a
 * petition's whole file as one PDF, for review and for the petitioner's lawyer. It is read
 * through the gateway's own GraphQL operation with the caller's rights, so the file shows
 * exactly what the caller may see there (staff: the work behind it too; a petitioner: what
 * is meant for them; the unit reported on: no petitioner), and every unmasked read is
 * recorded as for any query. It is rendered in a worker thread.
 */
export function registerCaseFileRoute(
  app: FastifyInstance,
  apollo: ApolloServer<SessionContext>,
  sessions: SessionCheck,
  renderer: CaseFileRenderer,
) {
  app.get<{ Params: { id: string } }>('/petitions/:id/case-file.pdf', async (request, reply) => {
    const caller = await identifyCaller(request, reply, sessions);
    if ('rejected' in caller) return refuseCaller(reply, caller);
    const viewer = caller.viewer;
    if (!viewer.accountId) return json(reply, 401, refusalBody(ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED'));
    if (!isUuid(request.params.id)) return json(reply, 404, refusalBody(ErrorCode.NOT_FOUND, 'NOT_FOUND'));

    const audience = hasPermission(viewer, 'petition:read') ? 'staff' : 'petitioner';
    const response = await apollo.executeOperation<{ petition: CaseFilePetition | null }>(
      { query: CASE_FILE_QUERY[audience], variables: { id: request.params.id } },
      { contextValue: { viewer, requestId: request.id, reply, cookieMode: false } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const error = result?.errors?.[0];
    if (error) {
      const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      const status = STATUS_OF[code] ?? 500;
      if (status === 503 || status === 429) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return json(reply, status, JSON.stringify({ errors: [error] }));
    }
    const petition = result?.data?.petition;
    if (!petition) return json(reply, 404, refusalBody(ErrorCode.NOT_FOUND, 'NOT_FOUND'));

    let pdf: Buffer;
    try {
      pdf = await renderer.render(petition, new Date());
    } catch (failure) {
      if (!(failure instanceof RendererBusy)) throw failure;
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return json(
        reply,
        503,
        refusalBody(ErrorCode.SERVICE_UNAVAILABLE, 'CASE_FILE_BUSY', { seconds: RETRY_AFTER_SECONDS }),
      );
    }
    const fileName = `信访事项卷宗-${petition.trackingCode}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-length', String(pdf.length))
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });
}
