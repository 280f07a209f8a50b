/**
 * What a client saw of one request: `ok`, or what went wrong as the client can tell it —
 * a GraphQL error code, an HTTP status, or the connection refused or broken.
 */
export interface Outcome<T> {
  ok: boolean;
  data?: T;
  /** `SERVICE_UNAVAILABLE`, `CONFLICT`, `HTTP 500`, `connection refused`, … */
  failure?: string;
  /** For SERVICE_UNAVAILABLE: whether the service may have carried the request out. */
  delivery?: string;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; delivery?: string } }[];
}

const REQUEST_TIMEOUT_MS = 15_000;

/** One GraphQL request to the gateway as a portal would make it, never throwing. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, failure: connectionFailure(error) };
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch (error) {
    return { ok: false, failure: response.ok ? connectionFailure(error) : `HTTP ${response.status}` };
  }
  if (response.status >= 500) return { ok: false, failure: `HTTP ${response.status}` };
  const first = body.errors?.[0];
  if (first) {
    return {
      ok: false,
      failure: first.extensions?.code ?? `HTTP ${response.status} (no code)`,
      delivery: first.extensions?.delivery,
      data: body.data ?? undefined,
    };
  }
  if (!response.ok || !body.data) return { ok: false, failure: `HTTP ${response.status}` };
  return { ok: true, data: body.data };
}

/** Whether the failure leaves it open that the server carried the request out. */
export function mayHaveHappened(outcome: Outcome<unknown>): boolean {
  if (outcome.ok) return true;
  if (outcome.failure === 'SERVICE_UNAVAILABLE') return outcome.delivery !== 'NOT_DELIVERED';
  return outcome.failure !== 'connection refused';
}

function connectionFailure(error: unknown): string {
  const codes: string[] = [];
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, name } = e as { code?: unknown; name?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (name === 'TimeoutError') codes.push('timeout');
  }
  if (codes.includes('ECONNREFUSED')) return 'connection refused';
  if (codes.includes('timeout')) return 'timed out';
  return `connection broken (${codes[0] ?? 'no code'})`;
}
