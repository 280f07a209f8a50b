import { queryOptions } from '@tanstack/react-query';
import { UnitsDocument, execute, type UnitNode } from '@tjxf/graphql-client';

/** One level of the unit tree: the top (天津市) for null, else a unit's children. */
export const unitsQuery = (parentId: string | null) =>
  queryOptions({
    queryKey: ['units', parentId],
    queryFn: async ({ signal }): Promise<UnitNode[]> => (await execute(UnitsDocument, { parentId }, { signal })).units,
    staleTime: 10 * 60_000, // the tree changes rarely
  });
