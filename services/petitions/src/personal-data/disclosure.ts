import { PetitionKind, Role } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import type { Petition } from '../petition/petition.entity.js';

/**
 * How much of the people on a petition a viewer may see (R-P12, CONTRACT.md):
 * - nothing, for the unit reported on (a report, or a petition asked to stay confidential);
 * - phones and addresses, for those who must reach the petitioner: petition officers, the
 *   staff of the lead unit, and the citizen who filed it;
 * - ID numbers, for petition officers only (each read is recorded);
 * - masked values for everyone else (leaders, representatives, other units).
 */
export interface Disclosure {
  identity: boolean;
  contact: boolean;
  idNumber: boolean;
}

export function disclosureFor(
  viewer: Viewer,
  petition: Pick<Petition, 'kind' | 'confidential' | 'respondentUnitId' | 'leadUnitId' | 'submitterAccountId'>,
): Disclosure {
  const unitIds = new Set(viewer.units.map((u) => u.id));
  const reportedOn = Boolean(petition.respondentUnitId && unitIds.has(petition.respondentUnitId));
  if (reportedOn && (petition.kind === PetitionKind.REPORT || petition.confidential)) {
    return { identity: false, contact: false, idNumber: false };
  }
  const officer = viewer.roles.includes(Role.PETITION_OFFICER);
  const leadStaff =
    Boolean(petition.leadUnitId && unitIds.has(petition.leadUnitId)) &&
    viewer.roles.some((r) => r === Role.UNIT_HANDLER || r === Role.UNIT_HEAD);
  const owner = Boolean(viewer.accountId && viewer.accountId === petition.submitterAccountId);
  return { identity: true, contact: officer || leadStaff || owner, idNumber: officer };
}
