import { anonymousViewer, type AccessTokenVerifier, type Viewer } from '@tjxf/tokens';
import type { FastifyRequest } from 'fastify';

/** The portals' HttpOnly cookie that holds the access token. */
export const SESSION_COOKIE = 'tjxf_session';

export type CallerResult = { viewer: Viewer } | { rejected: 'invalid-bearer' };

/**
 * Who is calling: a bearer token (API clients) or the session cookie (portals). A bearer
 * token that does not verify is refused outright, so an integration learns it must sign in
 * again; a stale cookie just means an anonymous visitor.
 */
export async function identifyCaller(request: FastifyRequest, verifier: AccessTokenVerifier): Promise<CallerResult> {
  const ip = request.ip;
  const header = request.headers.authorization;
  if (header) {
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const viewer = token ? await verifier.verify(token, ip) : null;
    return viewer ? { viewer } : { rejected: 'invalid-bearer' };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) return { viewer: (await verifier.verify(cookie, ip)) ?? anonymousViewer(ip) };
  return { viewer: anonymousViewer(ip) };
}
