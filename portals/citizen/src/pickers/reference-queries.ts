import { queryOptions } from '@tanstack/react-query';
import {
  CategoriesDocument,
  RegionsDocument,
  UnitsDocument,
  execute,
  type CategoryNode,
  type RegionNode,
  type UnitNode,
} from '@tjxf/graphql-client';

// reference data changes rarely: read once per visit
const REFERENCE_STALE_MS = 30 * 60_000;

/** The three-level category tree. */
export const categoriesQuery = queryOptions({
  queryKey: ['categories'],
  queryFn: async ({ signal }): Promise<CategoryNode[]> =>
    (await execute(CategoriesDocument, {}, { signal })).categories,
  staleTime: REFERENCE_STALE_MS,
});

/** The districts (parent null), or the regions directly under a region. */
export const regionsQuery = (parentId: string | null) =>
  queryOptions({
    queryKey: ['regions', parentId],
    queryFn: async ({ signal }): Promise<RegionNode[]> =>
      (
        await execute(
          RegionsDocument,
          parentId === null ? { parentId: null, level: 'DISTRICT' } : { parentId, level: null },
          { signal },
        )
      ).units,
    staleTime: REFERENCE_STALE_MS,
  });

/** The units under a unit (top of the tree for null): governments, offices, departments, regions. */
export const unitsUnderQuery = (parentId: string | null) =>
  queryOptions({
    queryKey: ['units', parentId],
    queryFn: async ({ signal }): Promise<UnitNode[]> => (await execute(UnitsDocument, { parentId }, { signal })).units,
    staleTime: REFERENCE_STALE_MS,
  });
