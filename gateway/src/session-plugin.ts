import type { ApolloServerPlugin } from '@apollo/server';
import { decodeJwt } from 'jose';
import type { FastifyReply } from 'fastify';
import type { GatewayContext } from './context.js';
import { SESSION_COOKIE } from './session.js';

/** Portals ask for the session in a cookie with this header; API clients keep the bearer token. */
export const COOKIE_SESSION_HEADER = 'x-tjxf-session';

export interface SessionContext extends GatewayContext {
  reply: FastifyReply;
  cookieMode: boolean;
}

/**
 * After `login`, portals get the access token as an HttpOnly cookie and an empty string in
 * the body (script never sees it); after `logout` the cookie is cleared.
 */
export function sessionCookiePlugin(secure: boolean): ApolloServerPlugin<SessionContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue.cookieMode) return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          const login = data?.login as { accessToken?: string } | null | undefined;
          if (login?.accessToken) {
            const { exp } = decodeJwt(login.accessToken);
            const maxAge = Math.max(0, (exp ?? 0) - Math.floor(Date.now() / 1000));
            contextValue.reply.setCookie(SESSION_COOKIE, login.accessToken, {
              httpOnly: true,
              secure,
              sameSite: 'lax',
              path: '/',
              maxAge,
            });
            login.accessToken = '';
          }
          if (data?.logout === true) {
            contextValue.reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'lax' });
          }
        },
      };
    },
  };
}
