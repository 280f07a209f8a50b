import { PetitionKind, UnitKind, unitIdForKey } from '@tjxf/domain';
import { RegionLevel, districtOf, findRegion } from '@tjxf/regions';
import type { DirectoryUnit, UnitLookup } from '../unit-directory/unit-directory.service.js';

/** Where intake puts a petition: the petition office that receives it, and whether a level was skipped. */
export interface Receiving {
  unitId: string;
  skippedLevel: boolean;
  /** The report was about the office that would have received it, or its government (R-P12). */
  passedOver: boolean;
}

/** What intake knows when it picks the receiving office. */
export interface ReceivingFacts {
  kind: PetitionKind;
  regionCode: string;
  respondentUnitId: string | null;
  /** The registering staff member's office; null for an online submission. */
  staffOffice: { id: string; regionCode: string } | null;
}

/**
 * Online petitions go to the petition office of the matter's district (属地管理); staff
 * register at their own office, and an office above the matter's district is a skipped level.
 * A report about that office, or about its people's government, is received by the next
 * higher petition office instead (Art. 30, 46: never given to the unit reported on); that is
 * no skipped level, the petitioner went where they should. The city office has none above on
 * the platform and keeps it (docs/procedure.md, "Reports about a petition office or a government").
 */
export async function receivingOffice(facts: ReceivingFacts, directory: UnitLookup | null): Promise<Receiving> {
  const district = districtOf(facts.regionCode)!;
  const officeId = facts.staffOffice?.id ?? unitIdForKey(`${district.code}/xfb`);
  const officeLevel = facts.staffOffice ? findRegion(facts.staffOffice.regionCode)?.level : null;
  const skippedLevel = officeLevel === RegionLevel.CITY && district.level === RegionLevel.DISTRICT;
  if (facts.kind !== PetitionKind.REPORT || !facts.respondentUnitId || !directory)
    return { unitId: officeId, skippedLevel, passedOver: false };
  const higher = higherOfficeIfReportedOn(await directory.all(), officeId, facts.respondentUnitId);
  return higher
    ? { unitId: higher.id, skippedLevel: false, passedOver: true }
    : { unitId: officeId, skippedLevel, passedOver: false };
}

/**
 * The petition office of the nearest region above `officeId`'s, when the unit reported on is
 * that office or the people's government of its region; else (or at the top) null.
 */
export function higherOfficeIfReportedOn(
  units: readonly DirectoryUnit[],
  officeId: string,
  reportedUnitId: string,
): DirectoryUnit | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const office = byId.get(officeId);
  if (!office?.parentId) return null;
  const unitOfRegion = (regionId: string, kind: UnitKind) =>
    units.find((u) => u.kind === kind && u.parentId === regionId);
  const reported =
    reportedUnitId === office.id || reportedUnitId === unitOfRegion(office.parentId, UnitKind.GOVERNMENT)?.id;
  if (!reported) return null;
  for (let region = byId.get(office.parentId)?.parentId; region; region = byId.get(region)?.parentId) {
    const above = unitOfRegion(region, UnitKind.PETITION_OFFICE);
    if (above) return above;
  }
  return null;
}
