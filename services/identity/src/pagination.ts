import { pageSize, type PageLimits } from '@tjxf/subgraph-kit';

/** Defaults of the identity subgraph's lists. */
export const IDENTITY_PAGE_LIMITS: PageLimits = { pageSize: 50, maxPageSize: 100 };

/** A page size within the identity subgraph's limits. */
export const identityPageSize = (first?: number | null) => pageSize(first, IDENTITY_PAGE_LIMITS);
