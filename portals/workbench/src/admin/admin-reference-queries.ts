import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AdminCategoriesDocument,
  AdminKpiWeightVersionsDocument,
  AdminPersonalDataAccessLogDocument,
  type AdminCategoryFieldsFragment,
  execute,
  type PersonalDataAccessLogFilter,
} from '@tjxf/graphql-client';
import { ADMIN_PAGE_SIZE, nextPage } from './admin-queries';

export const accessLogQuery = (filter: PersonalDataAccessLogFilter | null) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'accessLog', filter],
    queryFn: ({ pageParam, signal }) =>
      execute(
        AdminPersonalDataAccessLogDocument,
        { filter, first: ADMIN_PAGE_SIZE, after: pageParam },
        { signal },
      ).then((d) => d.personalDataAccessLog),
    initialPageParam: null as string | null,
    getNextPageParam: nextPage,
    staleTime: 0,
  });

/** A category of the console's tree, retired ones too. */
export type CategoryNode = AdminCategoryFieldsFragment & { children?: CategoryNode[] | null };

export const adminCategoriesQuery = queryOptions({
  queryKey: ['admin', 'categories'],
  queryFn: ({ signal }) => execute(AdminCategoriesDocument, {}, { signal }).then((d) => d.categories as CategoryNode[]),
});

export const kpiVersionsQuery = (scheme: string) =>
  queryOptions({
    queryKey: ['admin', 'kpiVersions', scheme],
    queryFn: ({ signal }) =>
      execute(AdminKpiWeightVersionsDocument, { scheme }, { signal }).then((d) => d.kpiWeightVersions),
    enabled: Boolean(scheme),
  });

/** A change to the tree, then the tree again (the console's and the pickers' copies). */
export function useCategoryChange<V, R>(change: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'categories'] });
      void client.invalidateQueries({ queryKey: ['categories'] });
    },
  });
}
