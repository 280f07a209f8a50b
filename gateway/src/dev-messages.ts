import { ServiceTokenSigner } from '@tjxf/tokens';
import type { FastifyInstance } from 'fastify';

/** Defaults of {@link registerDevMessages}. */
export const DEV_MESSAGES_DEFAULTS = { timeoutMs: 5_000 } as const;

/**
 * `GET /dev/messages?to=PHONE`, in development only (`APP_ENV=development`; the route does not
 * exist otherwise): the text messages the platform would have sent to that phone, newest
 * first (`to`, `text`, `sentAt`), as the identity service's development channel kept them.
 * Browser tests and developers read one-time codes here.
 */
export async function registerDevMessages(app: FastifyInstance, identityUrl: string, serviceKeyPem: string) {
  const signer = await ServiceTokenSigner.fromPem('gateway', serviceKeyPem);
  app.get<{ Querystring: { to?: string } }>('/dev/messages', async (request, reply) => {
    const url = new URL('/internal/dev/messages', identityUrl);
    url.searchParams.set('to', request.query.to ?? '');
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await signer.token()}` },
      signal: AbortSignal.timeout(DEV_MESSAGES_DEFAULTS.timeoutMs),
    });
    return reply
      .code(response.status)
      .header('content-type', 'application/json')
      .header('cache-control', 'no-store')
      .send(await response.text());
  });
}
