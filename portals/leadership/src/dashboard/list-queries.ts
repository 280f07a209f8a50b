import { queryOptions } from '@tanstack/react-query';
import { execute, LeadershipOverdueDocument, LeadershipSupervisionDocument } from '@tjxf/graphql-client';

/** How many rows each list shows; the workbench has them all. */
export const LIST_LENGTH = 10;

/** Where the workbench opens a petition (its route `petitions/:id`). */
export const workbenchPetitionPath = (id: string): string => `/workbench/petitions/${encodeURIComponent(id)}`;

export const overdueQuery = (regionCode: string) =>
  queryOptions({
    queryKey: ['leadership', 'overdue', regionCode],
    queryFn: ({ signal }) =>
      execute(LeadershipOverdueDocument, { regionCode, first: LIST_LENGTH }, { signal }).then((d) => d.petitions),
  });

// the API filters supervision orders by the viewer's scope, not by area: a page is filtered here
const SUPERVISION_PAGE = 100;

export const supervisionQuery = () =>
  queryOptions({
    queryKey: ['leadership', 'supervision'],
    queryFn: ({ signal }) =>
      execute(LeadershipSupervisionDocument, { first: SUPERVISION_PAGE }, { signal }).then((d) => d.supervisionOrders),
  });
