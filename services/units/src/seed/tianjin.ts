import { RegionLevel, TIANJIN_CODE, tianjinRegions, type Region } from '@tjxf/regions';
import { UnitKind, UnitLevel } from '@tjxf/domain';

export { TIANJIN_CODE };
/** Units under these regions work under the stricter local rule set (CONTRACT.md). */
export const TIANJIN_31530_REGIONS = ['120116'];
/** Regions whose communities are seeded as units (a sample: all of Hexi district). */
export const COMMUNITY_SAMPLE_DISTRICTS = ['120103'];

export interface UnitSeed {
  key: string;
  parentKey: string | null;
  code: string | null;
  regionCode: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  sortOrder: number;
}

const LEVELS: Record<RegionLevel, UnitLevel> = {
  CITY: UnitLevel.CITY,
  DISTRICT: UnitLevel.DISTRICT,
  STREET: UnitLevel.STREET,
  COMMUNITY: UnitLevel.COMMUNITY,
};

/**
 * The regions of Tianjin as units: the city, its 16 districts, their streets and townships,
 * and the communities of the sample districts (from @tjxf/regions, i.e. the National Bureau
 * of Statistics' division codes; the tests check names against the official lists).
 */
export function tianjinRegionUnits(): UnitSeed[] {
  const keep = (r: Region) =>
    r.level !== RegionLevel.COMMUNITY || COMMUNITY_SAMPLE_DISTRICTS.some((d) => r.code.startsWith(d));
  return [...tianjinRegions().values()].filter(keep).map((r) => ({
    key: r.code,
    parentKey: r.parentCode,
    code: r.code,
    regionCode: r.code,
    name: r.name,
    level: LEVELS[r.level],
    kind: UnitKind.REGION,
    sortOrder: r.level === RegionLevel.CITY ? 0 : 100,
  }));
}
