import { infiniteQueryOptions } from '@tanstack/react-query';
import { WorkbenchInboxDocument, execute, type PetitionFilter, type WorkbenchInboxQuery } from '@tjxf/graphql-client';

/** Petitions per page of the inbox. */
export const INBOX_PAGE_SIZE = 20;

export type InboxPage = WorkbenchInboxQuery['petitions'];
export type InboxPetition = InboxPage['edges'][number]['node'];

/**
 * The inbox, a page at a time, in the server's order: newest first, or by relevance when
 * searching. A server-side urgency order (`orderBy: URGENCY`) is to come as an argument of
 * `petitions`; it belongs in this query's variables and key, not in a client-side sort of
 * the pages loaded so far.
 */
export const inboxQuery = (filter: PetitionFilter | null) =>
  infiniteQueryOptions({
    queryKey: ['inbox', filter],
    queryFn: ({ pageParam, signal }) =>
      execute(WorkbenchInboxDocument, { filter, first: INBOX_PAGE_SIZE, after: pageParam }, { signal }).then(
        (d) => d.petitions,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    staleTime: 0, // a petition just registered or forwarded must show at once
  });
