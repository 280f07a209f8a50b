import { infiniteQueryOptions } from '@tanstack/react-query';
import { WorkbenchInboxDocument, execute, type PetitionFilter, type WorkbenchInboxQuery } from '@tjxf/graphql-client';

/** Petitions per page of the inbox. */
export const INBOX_PAGE_SIZE = 20;

export type InboxPage = WorkbenchInboxQuery['petitions'];
export type InboxPetition = InboxPage['edges'][number]['node'];

/**
 * The inbox, a page at a time, in the server's order: most urgent first (the clock that ends
 * first, overdue ones before all), or by relevance when searching. The order is the server's
 * (`orderBy: URGENCY`), never a client-side sort of the pages loaded so far.
 */
export const inboxQuery = (filter: PetitionFilter | null) =>
  infiniteQueryOptions({
    queryKey: ['inbox', filter],
    queryFn: ({ pageParam, signal }) =>
      execute(
        WorkbenchInboxDocument,
        { filter, first: INBOX_PAGE_SIZE, after: pageParam, orderBy: 'URGENCY' },
        { signal },
      ).then((d) => d.petitions),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    staleTime: 0, // a petition just registered or forwarded must show at once
  });
