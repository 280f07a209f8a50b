import { ApiError, ApiErrorCode, type GraphQLErrorBody } from './api-error.js';
import type { TypedDocumentString } from './gql/graphql.js';

/** The gateway's GraphQL endpoint, on the portal's own origin (CSP `connect-src 'self'`). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Portals send this header so that the gateway keeps the access token in an HttpOnly
 * cookie and never hands it to script.
 */
export const SESSION_HEADER = { 'x-tjxf-session': 'cookie' } as const;

export interface ExecuteOptions {
  signal?: AbortSignal;
  /** Defaults to {@link GRAPHQL_ENDPOINT}. */
  endpoint?: string;
  /** Defaults to the global fetch (tests pass their own). */
  fetch?: typeof fetch;
}

type VariablesArgs<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions];

/**
 * Sends one typed operation to the gateway with the session cookie, and returns its data or
 * throws an {@link ApiError} (the first GraphQL error, or NETWORK_ERROR when no usable
 * answer came back).
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options = {}]: VariablesArgs<TVariables>
): Promise<TResult> {
  const send = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await send(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...SESSION_HEADER },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error; // a cancelled query is not a failure to report
    throw new ApiError(ApiErrorCode.NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  const body = await readBody(response);
  if (!body) {
    throw new ApiError(
      response.status >= 500 || response.status === 0 ? ApiErrorCode.NETWORK_ERROR : ApiErrorCode.INTERNAL_SERVER_ERROR,
      `HTTP ${response.status} without a GraphQL body`,
      { status: response.status },
    );
  }
  const [first] = body.errors ?? [];
  if (first) throw ApiError.fromGraphQL(first, response.status);
  if (body.data === undefined || body.data === null) {
    throw new ApiError(ApiErrorCode.INTERNAL_SERVER_ERROR, 'GraphQL response without data', { status: response.status });
  }
  return body.data as TResult;
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLErrorBody[];
}

async function readBody(response: Response): Promise<GraphQLBody | null> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as GraphQLBody) : null;
  } catch {
    return null; // a proxy's HTML error page, an empty body, a cut connection
  }
}
