import type { RegionChoice } from '../draft/petition-draft';

/** The levels of the region picker under the city: district, street, community. */
export const REGION_LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * The chosen regions after choosing `region` at `depth` (0 district, 1 street, 2 community):
 * the choices below it are cleared; null clears that level too.
 */
export function chooseRegion(
  path: readonly RegionChoice[],
  depth: number,
  region: RegionChoice | null,
): RegionChoice[] {
  const above = path.slice(0, depth);
  return region ? [...above, region] : above;
}

/**
 * The parent whose children fill the select at `depth`: null (the districts) for depth 0,
 * else the region chosen one level up, or undefined when that is not chosen yet.
 */
export function parentAt(path: readonly RegionChoice[], depth: number): RegionChoice | null | undefined {
  return depth === 0 ? null : path[depth - 1];
}

/** "河西区 大营门街道 九江路社区居委会" */
export const regionLabel = (path: readonly RegionChoice[]): string => path.map((r) => r.name).join(' ');
