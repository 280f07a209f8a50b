import type { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusalBody } from './errors.js';
import type { SessionContext } from './session-plugin.js';
import { identifyCaller, refuseCaller, type SessionCheck } from './session.js';
import { RETRY_AFTER_SECONDS } from './unavailable.js';

/** Errors of the operation that decide the answer's HTTP status (the rest is our fault: 500). */
const STATUS_OF: Record<string, number> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 404, // not allowed to see it: the same answer as not there
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.RATE_LIMITED]: 429,
};

export const jsonReply = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).header('content-type', 'application/json').header('cache-control', 'no-store').send(body);

/** The signed-in caller of a route, or null once the refusal has been sent. */
export async function signedInCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionCheck,
): Promise<Viewer | null> {
  const caller = await identifyCaller(request, reply, sessions);
  if ('rejected' in caller) {
    await refuseCaller(reply, caller);
    return null;
  }
  if (!caller.viewer.accountId) {
    await jsonReply(reply, 401, refusalBody(ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED'));
    return null;
  }
  return caller.viewer;
}

/**
 * Runs one of the gateway's own GraphQL operations for a route that answers with a file (a
 * case file, an export) with the caller's rights, exactly as the caller's own query would run:
 * the answer shows what the caller may see there, and what is read is recorded as for any
 * query. Its data, or null once the refusal has been sent with the HTTP status its code means
 * (`forbiddenAs`: a FORBIDDEN is a 404 where being refused would tell that the thing exists).
 */
export async function dataOfOperation<T>(
  apollo: ApolloServer<SessionContext>,
  request: FastifyRequest,
  reply: FastifyReply,
  viewer: Viewer,
  operation: { query: string; variables: Record<string, unknown> },
  forbiddenAs: 403 | 404 = 404,
): Promise<T | null> {
  const response = await apollo.executeOperation<T & Record<string, unknown>>(operation, {
    contextValue: { viewer, requestId: request.id, reply, cookieMode: false },
  });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  const error = result?.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const status = code === ErrorCode.FORBIDDEN ? forbiddenAs : (STATUS_OF[code] ?? 500);
    if (status === 503 || status === 429) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    await jsonReply(reply, status, JSON.stringify({ errors: [error] }));
    return null;
  }
  return (result?.data as T | undefined) ?? null;
}

/** `content-disposition` of a download, its Chinese name kept (RFC 6266, RFC 5987). */
export const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
