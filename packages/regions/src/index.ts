import { createRequire } from 'node:module';

export const RegionLevel = { CITY: 'CITY', DISTRICT: 'DISTRICT', STREET: 'STREET', COMMUNITY: 'COMMUNITY' } as const;
export type RegionLevel = (typeof RegionLevel)[keyof typeof RegionLevel];

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the enclosing region; null for the city. */
  parentCode: string | null;
}

export const TIANJIN_CODE = '120000';

interface Extracted {
  districts: [string, string][];
  streets: [string, string][];
  communities: [string, string][];
}

let cache: Map<string, Region> | undefined;

/**
 * Tianjin's administrative divisions: the city (120000), its 16 districts (GB/T 2260), their
 * streets and townships (9 digits) and communities and villages (12 digits).
 */
export function tianjinRegions(): Map<string, Region> {
  if (cache) return cache;
  const data = createRequire(import.meta.url)('../dist/tianjin.json') as Extracted;
  const regions: Region[] = [
    { code: TIANJIN_CODE, name: '天津市', level: RegionLevel.CITY, parentCode: null },
    ...data.districts.map(([code, name]) => ({ code, name, level: RegionLevel.DISTRICT, parentCode: TIANJIN_CODE })),
    ...data.streets.map(([code, name]) => ({ code, name, level: RegionLevel.STREET, parentCode: code.slice(0, 6) })),
    ...data.communities.map(([code, name]) => ({
      code,
      name,
      level: RegionLevel.COMMUNITY,
      parentCode: code.slice(0, 9),
    })),
  ];
  cache = new Map(regions.map((r) => [r.code, r]));
  return cache;
}

export const findRegion = (code: string): Region | undefined => tianjinRegions().get(code);

/** The district (or the city itself) a region lies in. */
export function districtOf(code: string): Region | undefined {
  const region = findRegion(code);
  if (!region || region.level === RegionLevel.CITY) return region;
  return findRegion(code.slice(0, 6));
}

/** A region's name with the names enclosing it, city first: 天津市河西区桃园街道. The code when unknown. */
export function regionPathName(code: string): string {
  const names: string[] = [];
  for (let region = findRegion(code); region; region = region.parentCode ? findRegion(region.parentCode) : undefined)
    names.unshift(region.name);
  return names.length ? names.join('') : code;
}
