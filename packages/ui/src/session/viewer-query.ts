import { queryOptions, useQuery } from '@tanstack/react-query';
import { ViewerDocument, execute, type Viewer } from '@tjxf/graphql-client';

export const VIEWER_QUERY_KEY = ['viewer'] as const;

/** Who is signed in, or null. */
export const viewerQuery = queryOptions({
  queryKey: VIEWER_QUERY_KEY,
  queryFn: async ({ signal }): Promise<Viewer | null> => (await execute(ViewerDocument, {}, { signal })).viewer,
  staleTime: 5 * 60_000,
});

export const useViewer = () => useQuery(viewerQuery);
