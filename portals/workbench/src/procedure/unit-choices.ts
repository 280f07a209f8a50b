import { queryOptions } from '@tanstack/react-query';
import {
  RegionsDocument,
  RoutingSuggestionsDocument,
  UnitsDocument,
  execute,
  type RegionNode,
  type UnitNode,
} from '@tjxf/graphql-client';
import type { SuggestedUnit } from './unit-picker';

// the tree changes rarely: read once per visit
const UNITS_STALE_MS = 30 * 60_000;

/** The areas whose units may take a petition: the city, then its districts (streets have none). */
export const unitAreasQuery = queryOptions({
  queryKey: ['unitAreas'],
  queryFn: async ({ signal }): Promise<RegionNode[]> => {
    const [city, districts] = await Promise.all(
      (['CITY', 'DISTRICT'] as const).map((level) =>
        execute(RegionsDocument, { parentId: null, level }, { signal }).then((d) => d.units),
      ),
    );
    return [...city!, ...districts!];
  },
  staleTime: UNITS_STALE_MS,
});

/** The units of an area that handle petitions: its government, petition office and departments, not regions. */
export const handlingUnitsQuery = (areaId: string) =>
  queryOptions({
    queryKey: ['units', areaId],
    queryFn: async ({ signal }): Promise<UnitNode[]> =>
      (await execute(UnitsDocument, { parentId: areaId }, { signal })).units,
    select: (units) => units.filter((unit) => unit.kind !== 'REGION'),
    staleTime: UNITS_STALE_MS,
  });

/** The units the routing rules suggest for a petition's category and region, best first (R-P6). */
export const routingSuggestionsQuery = (regionCode: string, categoryCode: string) =>
  queryOptions({
    queryKey: ['routingSuggestions', regionCode, categoryCode],
    queryFn: async ({ signal }): Promise<SuggestedUnit[]> =>
      (await execute(RoutingSuggestionsDocument, { regionCode, categoryCode }, { signal })).routingSuggestions.map(
        (unit) => ({ id: unit.id, name: unit.name, areaId: unit.parent?.id ?? null }),
      ),
    staleTime: UNITS_STALE_MS,
  });
