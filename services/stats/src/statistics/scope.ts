import { ErrorCode, invalidField, isRegionCode, isWithinRegion, refuse } from '@tjxf/domain';
import { TIANJIN_CODE, findRegion } from '@tjxf/regions';
import type { Viewer } from '@tjxf/tokens';

/**
 * Which areas a viewer's statistics may cover (issue 12, CONTRACT "Statistics"): the areas of
 * their units (the region codes in their token) and everything inside them; the city (120000)
 * covers all. Anything else is FORBIDDEN, never an empty answer that looks like no petitions.
 */
export class StatisticsScope {
  constructor(private readonly viewer: Viewer) {}

  /** The viewer's own area: the widest of their units' regions. */
  ownArea(): string {
    const codes = this.viewer.units.map((u) => u.regionCode).sort((a, b) => a.length - b.length || compareWidth(a, b));
    if (!codes.length) throw refuse(ErrorCode.FORBIDDEN, 'STATS_NO_AREA');
    return codes[0]!;
  }

  /** The area asked for (checked, within the viewer's), or the viewer's own. */
  area(regionCode: string | null | undefined, field: string): string {
    if (regionCode == null) return this.ownArea();
    if (!isRegionCode(regionCode)) throw invalidField(field, 'INVALID_REGION_CODE');
    if (regionCode !== TIANJIN_CODE && !findRegion(regionCode)) throw invalidField(field, 'REGION_NOT_IN_TIANJIN');
    if (!this.covers(regionCode)) throw refuse(ErrorCode.FORBIDDEN, 'STATS_OUTSIDE_AREA');
    return regionCode;
  }

  /** True when the viewer may see the figures of an area or a unit located there. */
  covers(regionCode: string): boolean {
    return this.viewer.units.some((u) => isWithinRegion(regionCode, u.regionCode));
  }
}

// 120000 before 120100 before 120103: the wider area first among codes of one length
const compareWidth = (a: string, b: string) => trailingZeros(b) - trailingZeros(a);
const trailingZeros = (code: string) => code.length - code.replace(/0+$/, '').length;

/** The code length of an area's children: districts of the city, streets of a district, … */
export const childCodeLength = (area: string) => (area === TIANJIN_CODE ? 6 : area.length === 6 ? 9 : 12);

/**
 * The child area of `area` that a code lies in: a district of the city, a street of a
 * district, a community of a street; null for the area's own level (a unit of the district itself).
 */
export function childArea(area: string, code: string): string | null {
  if (!isWithinRegion(code, area) || code === area) return null;
  const length = childCodeLength(area);
  return code.length >= length ? code.slice(0, length) : null;
}
