import autocannon from 'autocannon';

export interface PhaseOptions {
  name: string;
  url: string;
  connections: number;
  seconds: number;
  body: (i: number, warmUp: boolean) => string;
  /** Whether a response body is the success the phase counts. */
  accept: (json: unknown) => boolean;
  headers?: () => Promise<Record<string, string>>;
}

export interface Phase {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

/**
 * Long enough for the JIT, the gateway's query-plan cache and the connection pools of a
 * freshly started platform: with 2 s the first run measured a quarter less.
 */
const WARM_UP_SECONDS = 5;

/** One bounded autocannon run after a short warm-up (JIT, query-plan cache, connection pools). */
export async function run(options: PhaseOptions): Promise<Phase> {
  await load(options, WARM_UP_SECONDS, true, () => true);
  let ok = 0;
  let failed = 0;
  const result = await load(options, options.seconds, false, (json) => {
    if (options.accept(json)) ok++;
    else failed++;
    return true;
  });
  const phase = {
    name: options.name,
    perSecond: ok / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed: failed + result.errors + result.timeouts,
  };
  console.log(
    `${phase.name}: ${phase.perSecond.toFixed(0)}/s, p50 ${phase.p50} ms, p99 ${phase.p99} ms, failed ${phase.failed}`,
  );
  return phase;
}

async function load(options: PhaseOptions, seconds: number, warmUp: boolean, onBody: (json: unknown) => boolean) {
  let i = 0;
  const headers = { 'content-type': 'application/json', ...(options.headers ? await options.headers() : {}) };
  return autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: seconds,
    headers,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: options.body(i++, warmUp) }),
        onResponse: (_status, body) => {
          try {
            onBody(JSON.parse(body));
          } catch {
            onBody(null);
          }
        },
      },
    ],
  });
}
