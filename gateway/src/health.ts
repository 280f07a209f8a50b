import type { FastifyInstance } from 'fastify';
import type { Dispatcher } from 'undici';

/** How the gateway asks its subgraphs whether they answer. */
export const HEALTH_DEFAULTS = {
  /** A subgraph that has not answered its /healthz in this time counts as down. */
  probeTimeoutMs: 1000,
  /** Answers are reused this long, so that frequent probes of the gateway do not pile up. */
  cacheMs: 1000,
} as const;

/** `healthy`: every subgraph answers; `degraded`: some do not (`unavailable` names them); `down`: none does. */
export type HealthState = 'healthy' | 'degraded' | 'down';

export interface HealthReport {
  /** The answer callers of /healthz have always read: `ok` only when every subgraph answers. */
  status: 'ok' | 'unavailable';
  state: HealthState;
  /** The subgraphs that do not answer, in composition order. */
  unavailable: string[];
  /** Each subgraph's answer: `ok`, `unreachable`, `timeout` or `status <code>`. */
  subgraphs: Record<string, string>;
  checkedAt: string;
}

/** The subgraphs' health, probed at most once per {@link HEALTH_DEFAULTS.cacheMs}; concurrent askers share one probe. */
export class SubgraphHealth {
  private last: { at: number; report: HealthReport } | null = null;
  private pending: Promise<HealthReport> | null = null;

  constructor(
    private readonly subgraphUrls: Record<string, string>,
    private readonly pool: Dispatcher,
    private readonly options: { [K in keyof typeof HEALTH_DEFAULTS]: number } = HEALTH_DEFAULTS,
  ) {}

  report(): Promise<HealthReport> {
    if (this.last && Date.now() - this.last.at < this.options.cacheMs) return Promise.resolve(this.last.report);
    this.pending ??= this.probeAll().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async probeAll(): Promise<HealthReport> {
    const checks = await Promise.all(
      Object.entries(this.subgraphUrls).map(async ([name, url]) => [name, await this.probe(url)] as const),
    );
    const unavailable = checks.filter(([, answer]) => answer !== 'ok').map(([name]) => name);
    const report: HealthReport = {
      status: unavailable.length ? 'unavailable' : 'ok',
      state: !unavailable.length ? 'healthy' : unavailable.length < checks.length ? 'degraded' : 'down',
      unavailable,
      subgraphs: Object.fromEntries(checks),
      checkedAt: new Date().toISOString(),
    };
    this.last = { at: Date.now(), report };
    return report;
  }

  private async probe(url: string): Promise<string> {
    const target = new URL('/healthz', url);
    try {
      const response = await this.pool.request({
        origin: target.origin,
        path: target.pathname,
        method: 'GET',
        signal: AbortSignal.timeout(this.options.probeTimeoutMs),
      });
      await response.body.dump();
      return response.statusCode === 200 ? 'ok' : `status ${response.statusCode}`;
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
    }
  }
}

/**
 * `/healthz`: the gateway and its subgraphs, 200 only when every subgraph answers (what the
 * launcher and CONTRACT.md rely on), else 503 with `state` degraded or down naming the
 * subgraphs that do not. `/livez`: the process serves (200 while it does). `/readyz`: it
 * should get requests: 200 when every subgraph answers, else 503. While the gateway stops,
 * Fastify answers every new request 503 itself.
 */
export function registerHealth(app: FastifyInstance, health: SubgraphHealth) {
  app.get('/healthz', async (_request, reply) => {
    const report = await health.report();
    return reply.code(report.state === 'healthy' ? 200 : 503).send(report);
  });
  app.get('/livez', async (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { state, unavailable } = await health.report();
    return reply.code(state === 'healthy' ? 200 : 503).send({ ready: state === 'healthy', state, unavailable });
  });
}
