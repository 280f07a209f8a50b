/** The four-level network (R-NET). */
export const UnitLevel = {
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
  STREET: 'STREET',
  COMMUNITY: 'COMMUNITY',
} as const;
export type UnitLevel = (typeof UnitLevel)[keyof typeof UnitLevel];

/**
 * What a unit is. A REGION is the administrative area itself (it carries the GB/T 2260
 * code); the others belong to a region and share its level.
 */
export const UnitKind = {
  REGION: 'REGION',
  GOVERNMENT: 'GOVERNMENT',
  PETITION_OFFICE: 'PETITION_OFFICE',
  DEPARTMENT: 'DEPARTMENT',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

const GB2260 = /^\d{6}(\d{3}(\d{3})?)?$/;

/** True for a GB/T 2260 code (6 digits) or its street (9) and community (12) extensions. */
export function isRegionCode(code: string): boolean {
  return GB2260.test(code);
}

/**
 * The prefix shared by every region code inside a region: 120000 → "12", 120100 → "1201",
 * 120103 → "120103", 120103001 → "120103001". Used to scope work to an area and below it.
 */
export function regionScopePrefix(code: string): string {
  if (!isRegionCode(code)) throw new RangeError(`not a GB/T 2260 region code: ${code}`);
  if (code.length > 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** True when `code` lies inside the region `scope` (or is it). */
export function isWithinRegion(code: string, scope: string): boolean {
  return code.startsWith(regionScopePrefix(scope));
}

/**
 * One unit of the unit directory: what the units subgraph tells other services about a unit
 * over `GET /internal/directory`, so that they can run the procedure on it.
 */
export interface UnitDirectoryEntry {
  id: string;
  parentId: string | null;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  ruleSetCode: string;
  /** Who reviews this unit's replies (复查: the people's government of the same level). */
  reviewUnitId: string | null;
  /** Who re-reviews what that unit reviewed (复核: the next higher government). */
  reReviewUnitId: string | null;
}

/**
 * The governments above a unit, nearest first: a department's or office's own people's
 * government, then each higher one (the directory's `reviewUnitId` chain). A government is
 * not above itself.
 */
export function superiorsOf(
  unit: UnitDirectoryEntry,
  lookup: (id: string) => UnitDirectoryEntry | undefined,
): UnitDirectoryEntry[] {
  const chain: UnitDirectoryEntry[] = [];
  const seen = new Set([unit.id]);
  for (let id = unit.reviewUnitId; id && !seen.has(id);) {
    const superior = lookup(id);
    if (!superior) break;
    chain.push(superior);
    seen.add(id);
    id = superior.reviewUnitId;
  }
  return chain;
}

/**
 * 共同的上一级机关: the nearest government above every one of the units, which decides
 * which of them is competent when they dispute it (R-P7, Art. 24); null when there is none,
 * e.g. between the city government and one of its own departments.
 */
export function commonSuperior(
  units: UnitDirectoryEntry[],
  lookup: (id: string) => UnitDirectoryEntry | undefined,
): UnitDirectoryEntry | null {
  if (units.length === 0) return null;
  const [first, ...others] = units.map((u) => superiorsOf(u, lookup));
  return first!.find((candidate) => others.every((chain) => chain.some((s) => s.id === candidate.id))) ?? null;
}
