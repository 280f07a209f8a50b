import { badInput } from '@tjxf/domain';
import { pageSize, type PageLimits } from '@tjxf/subgraph-kit';

/** Defaults of the identity subgraph's lists. */
export const IDENTITY_PAGE_LIMITS: PageLimits = { pageSize: 50, maxPageSize: 100 };

/** A page size within the identity subgraph's limits. */
export const identityPageSize = (first?: number | null) =>
  pageSize(first, IDENTITY_PAGE_LIMITS, () =>
    badInput(
      'first',
      `每次可取1到${IDENTITY_PAGE_LIMITS.maxPageSize}条。Ask for 1 to ${IDENTITY_PAGE_LIMITS.maxPageSize} at a time.`,
    ),
  );
