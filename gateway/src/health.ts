import type { FastifyInstance } from 'fastify';

/** /healthz answers 200 only when the gateway and every subgraph it needs answer. */
export function registerHealth(app: FastifyInstance, subgraphUrls: Record<string, string>) {
  app.get('/healthz', async (_request, reply) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? 'ok' : `status ${response.status}`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const healthy = checks.every(([, status]) => status === 'ok');
    return reply
      .code(healthy ? 200 : 503)
      .send({ status: healthy ? 'ok' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });
}
