import type { ApolloServer } from '@apollo/server';
import { hasPermission } from '@tjxf/authz';
import { CASE_FILE_QUERY, RendererBusy, type CaseFilePetition, type CaseFileRenderer } from '@tjxf/case-file';
import { ErrorCode, isUuid } from '@tjxf/domain';
import type { FastifyInstance } from 'fastify';
import { refusalBody } from './errors.js';
import { attachment, dataOfOperation, jsonReply, signedInCaller } from './operation-route.js';
import type { SessionContext } from './session-plugin.js';
import type { SessionCheck } from './session.js';
import { RETRY_AFTER_SECONDS } from './unavailable.js';

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
    const viewer = await signedInCaller(request, reply, sessions);
    if (!viewer) return reply;
    if (!isUuid(request.params.id)) return jsonReply(reply, 404, refusalBody(ErrorCode.NOT_FOUND, 'NOT_FOUND'));

    const audience = hasPermission(viewer, 'petition:read') ? 'staff' : 'petitioner';
    const data = await dataOfOperation<{ petition: CaseFilePetition | null }>(apollo, request, reply, viewer, {
      query: CASE_FILE_QUERY[audience],
      variables: { id: request.params.id },
    });
    if (reply.sent) return reply;
    const petition = data?.petition;
    if (!petition) return jsonReply(reply, 404, refusalBody(ErrorCode.NOT_FOUND, 'NOT_FOUND'));

    let pdf: Buffer;
    try {
      pdf = await renderer.render(petition, new Date());
    } catch (failure) {
      if (!(failure instanceof RendererBusy)) throw failure;
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return jsonReply(
        reply,
        503,
        refusalBody(ErrorCode.SERVICE_UNAVAILABLE, 'CASE_FILE_BUSY', { seconds: RETRY_AFTER_SECONDS }),
      );
    }
    const fileName = `信访事项卷宗-${petition.trackingCode}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-length', String(pdf.length))
      .header('content-disposition', attachment(fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });
}
