import { ErrorCode } from '@tjxf/domain';
import { USER_AGENT_MAX_LENGTH, anonymousViewer, type AccessTokenVerifier, type Viewer } from '@tjxf/tokens';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusalBody } from './errors.js';
import type { RevokedSessions } from './revoked-sessions.js';

/** The portals' HttpOnly cookie that holds the access token. */
export const SESSION_COOKIE = 'tjxf_session';

/** How the gateway tells whether a token stands for a live session. */
export interface SessionCheck {
  tokens: AccessTokenVerifier;
  revoked: RevokedSessions;
  /** The cookie's `Secure` flag, also needed to clear it. */
  cookieSecure: boolean;
}

export type RejectedCaller = { rejected: 'invalid-bearer' | 'unchecked-bearer' };
export type CallerResult = { viewer: Viewer } | RejectedCaller;

/**
 * Who is calling: a bearer token (API clients) or the session cookie (portals). A bearer
 * token that does not verify, or whose session has ended (logout, a disabled account, new
 * roles, a new password), is refused outright, so an integration learns it must sign in
 * again; such a cookie means an anonymous visitor and is cleared. While the gateway cannot
 * check sessions (the identity service unreachable for longer than the promise allows), a
 * bearer token is refused and a cookie counts as anonymous but is kept.
 */
export async function identifyCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionCheck,
): Promise<CallerResult> {
  // the user agent is kept with a new session (identity's record of where one signed in)
  const anonymous = { ...anonymousViewer(request.ip), userAgent: userAgentOf(request) };
  const header = request.headers.authorization;
  if (header) {
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const checked = token ? await checkToken(token, request, sessions) : 'invalid';
    if (checked === 'unchecked') return { rejected: 'unchecked-bearer' };
    return typeof checked === 'object' ? { viewer: checked } : { rejected: 'invalid-bearer' };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return { viewer: anonymous };
  const checked = await checkToken(cookie, request, sessions);
  if (typeof checked === 'object') return { viewer: checked };
  if (checked !== 'unchecked') clearSessionCookie(reply, sessions.cookieSecure);
  return { viewer: anonymous };
}

const userAgentOf = (request: FastifyRequest) => request.headers['user-agent']?.slice(0, USER_AGENT_MAX_LENGTH) ?? null;

async function checkToken(
  token: string,
  request: FastifyRequest,
  sessions: SessionCheck,
): Promise<Viewer | 'invalid' | 'unchecked'> {
  const viewer = await sessions.tokens.verify(token, request.ip, userAgentOf(request));
  if (!viewer) return 'invalid';
  const state = sessions.revoked.state(viewer.sessionId);
  return state === 'live' ? viewer : state === 'revoked' ? 'invalid' : 'unchecked';
}

/** The 401 for a refused bearer token, the same for an expired, forged or revoked one. */
export function refuseCaller(reply: FastifyReply, caller: RejectedCaller) {
  const reason = caller.rejected === 'unchecked-bearer' ? 'SESSION_CHECK_UNAVAILABLE' : 'ACCESS_TOKEN_INVALID';
  return reply
    .code(401)
    .header('content-type', 'application/json')
    .send(refusalBody(ErrorCode.UNAUTHENTICATED, reason));
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'lax' });
}
