import { queryOptions } from '@tanstack/react-query';
import { CategoriesDocument, RegionsDocument, execute, type CategoryNode, type RegionNode } from '@tjxf/graphql-client';

// reference data changes rarely: read once per visit
const REFERENCE_STALE_MS = 30 * 60_000;

/** The category tree, for the inbox filter and for naming a petition's category. */
export const categoryTreeQuery = queryOptions({
  queryKey: ['categories'],
  queryFn: ({ signal }): Promise<CategoryNode[]> =>
    execute(CategoriesDocument, {}, { signal }).then((d) => d.categories),
  staleTime: REFERENCE_STALE_MS,
});

/** Regions (行政区域) for the region filter: the districts for null, else the regions under one. */
export const regionChoicesQuery = (parentId: string | null) =>
  queryOptions({
    queryKey: ['regions', parentId],
    queryFn: ({ signal }): Promise<RegionNode[]> =>
      execute(RegionsDocument, parentId ? { parentId, level: null } : { parentId: null, level: 'DISTRICT' }, {
        signal,
      }).then((d) => d.units.filter((unit) => unit.code)),
    staleTime: REFERENCE_STALE_MS,
  });
