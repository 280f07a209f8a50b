import type { Viewer } from '@tjxf/graphql-client';

/** The city's GB/T 2260 code: its viewers see every district. */
export const CITY_CODE = '120000';

export type AreaLevel = 'CITY' | 'DISTRICT' | 'STREET';

/** A region code's level: 120000 the city, 1201xx a district, 9 digits a street. */
export const areaLevel = (code: string): AreaLevel =>
  code === CITY_CODE ? 'CITY' : code.length === 6 ? 'DISTRICT' : 'STREET';

/** Whether `code` lies in `area` (the same prefix rule as the API's scope). */
export const isWithin = (code: string, area: string): boolean =>
  area === CITY_CODE ? code.startsWith('12') : code.startsWith(area);

/**
 * The viewer's own area, as the statistics API scopes it (viewer.units[].regionCode): the city
 * when any of their units is the city's, else their first unit's area. Null without units.
 */
export function viewerArea(viewer: Pick<Viewer, 'units'>): string | null {
  const codes = viewer.units.map((unit) => unit.regionCode);
  if (codes.includes(CITY_CODE)) return CITY_CODE;
  return [...codes].sort((a, b) => a.length - b.length)[0] ?? null;
}

/** The areas from the viewer's own down to `code`, for the breadcrumb (city › district › street). */
export function areaPath(code: string, own: string): string[] {
  const path = [own];
  if (areaLevel(own) === 'CITY' && code !== own) path.push(code.slice(0, 6));
  if (areaLevel(code) === 'STREET' && own !== code) path.push(code);
  return [...new Set(path)];
}
