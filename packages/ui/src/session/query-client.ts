import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import { VIEWER_QUERY_KEY } from './viewer-query.js';

// only failures that may pass on their own are worth another try
const RETRYABLE = new Set<string>([
  ApiErrorCode.NETWORK_ERROR,
  ApiErrorCode.SERVICE_UNAVAILABLE,
  ApiErrorCode.INTERNAL_SERVER_ERROR,
]);

/** Defaults of the portals' query client. */
export const QUERY_DEFAULTS = {
  retries: 2,
  staleTimeMs: 30_000,
} as const;

/**
 * The portals' TanStack Query client. A query refused with UNAUTHENTICATED means the
 * session ended (expired cookie, signed out in another tab): asking for the viewer again
 * then yields null and the shell shows the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (
          isApiError(error) &&
          error.code === ApiErrorCode.UNAUTHENTICATED &&
          query.queryKey[0] !== VIEWER_QUERY_KEY[0]
        ) {
          void client.invalidateQueries({ queryKey: VIEWER_QUERY_KEY });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: QUERY_DEFAULTS.staleTimeMs,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < QUERY_DEFAULTS.retries && isApiError(error) && RETRYABLE.has(error.code),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
