import type { ApolloServerPlugin } from '@apollo/server';
import { decodeJwt } from 'jose';
import type { FastifyReply } from 'fastify';
import type { GatewayContext } from './context.js';
import type { RevokedSessions } from './revoked-sessions.js';
import { SESSION_COOKIE, clearSessionCookie } from './session.js';

/** Portals ask for the session in a cookie with this header; API clients keep the bearer token. */
export const COOKIE_SESSION_HEADER = 'x-tjxf-session';

export interface SessionContext extends GatewayContext {
  reply: FastifyReply;
  cookieMode: boolean;
}

/** Mutations that answer with a new session (an `AuthPayload`). */
const SIGN_IN_FIELDS = ['login', 'changePassword', 'registerCitizen'] as const;

/**
 * After `login` (and `changePassword`, which starts a new session), portals get the access
 * token as an HttpOnly cookie and an empty string in the body (script never sees it); after
 * `logout` the cookie is cleared. A session that ends through this gateway (`logout`, or the
 * old session of a password change) is refused here at once; other instances learn of it
 * when they next poll.
 */
export function sessionCookiePlugin(secure: boolean, revoked: RevokedSessions): ApolloServerPlugin<SessionContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          const ended = data?.logout === true || Boolean(data?.changePassword);
          if (ended && contextValue.viewer.sessionId) revoked.add(contextValue.viewer.sessionId);
          if (!contextValue.cookieMode) return;
          for (const field of SIGN_IN_FIELDS) {
            const payload = data?.[field] as { accessToken?: string } | null | undefined;
            if (payload?.accessToken) {
              const { exp } = decodeJwt(payload.accessToken);
              const maxAge = Math.max(0, (exp ?? 0) - Math.floor(Date.now() / 1000));
              contextValue.reply.setCookie(SESSION_COOKIE, payload.accessToken, {
                httpOnly: true,
                secure,
                sameSite: 'lax',
                path: '/',
                maxAge,
              });
              payload.accessToken = '';
            }
          }
          if (data?.logout === true) clearSessionCookie(contextValue.reply, secure);
        },
      };
    },
  };
}
