import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  AdminAccountsDocument,
  AdminAuditLogDocument,
  AdminKpiWeightsDocument,
  AdminRuleSetsDocument,
  execute,
  type AccountFilter,
  type AuditLogFilter,
} from '@tjxf/graphql-client';

/** Rows per page of the account list and the audit log. */
export const ADMIN_PAGE_SIZE = 50;

export const nextPage = <P extends { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>(page: P) =>
  page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;

export const accountsQuery = (filter: AccountFilter | null) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'accounts', filter],
    queryFn: ({ pageParam, signal }) =>
      execute(AdminAccountsDocument, { filter, first: ADMIN_PAGE_SIZE, after: pageParam }, { signal }).then(
        (d) => d.accounts,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: nextPage,
  });

export const auditLogQuery = (filter: AuditLogFilter | null) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'audit', filter],
    queryFn: ({ pageParam, signal }) =>
      execute(AdminAuditLogDocument, { filter, first: ADMIN_PAGE_SIZE, after: pageParam }, { signal }).then(
        (d) => d.auditLog,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: nextPage,
    staleTime: 0,
  });

export const ruleSetsQuery = queryOptions({
  queryKey: ['admin', 'ruleSets'],
  queryFn: ({ signal }) => execute(AdminRuleSetsDocument, {}, { signal }).then((d) => d.ruleSets),
  staleTime: 30 * 60_000,
});

export const kpiWeightsQuery = queryOptions({
  queryKey: ['admin', 'kpiWeights'],
  queryFn: ({ signal }) => execute(AdminKpiWeightsDocument, {}, { signal }).then((d) => d.kpiWeights),
});
