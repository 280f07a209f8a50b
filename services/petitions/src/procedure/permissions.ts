import { ErrorCode, Role, refuse, regionScopePrefix } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { isReportedOn } from '../personal-data/disclosure.js';
import type { Petition } from '../petition/petition.entity.js';
import type { DirectoryUnit } from '../unit-directory/unit-directory.service.js';
import { PetitionAction } from './state-machine.js';

/** What the permission check needs to know besides the viewer and the petition. */
export interface ActingContext {
  /** The unit that reviews (or re-reviews) now, from the directory; null before review. */
  reviewUnit: DirectoryUnit | null;
  /** The common superior asked to decide disputed competence, from the directory; else null. */
  decidingUnit: DirectoryUnit | null;
  /** The viewer stood aside from this petition (recusal): they take no step on it. */
  recused: boolean;
  /**
   * The petition whose tracking code and phone ending this request gave (checked, under the
   * tracking throttle, by the tracking service): its petitioner acts without an account. Else null.
   */
  trackedPetitionId: string | null;
}

type PetitionFacts = Pick<Petition, 'id' | 'regionCode' | 'leadUnitId' | 'submitterAccountId' | 'receivingUnitId'>;

const has = (viewer: Viewer, ...roles: Role[]) => viewer.roles.some((r) => roles.includes(r));
const memberOf = (viewer: Viewer, unitId: string | null | undefined) =>
  Boolean(unitId && viewer.units.some((u) => u.id === unitId));

/** A petition officer whose office's area contains the petition's region. */
export function officerInArea(viewer: Viewer, petition: Pick<Petition, 'regionCode'>): boolean {
  return (
    has(viewer, Role.PETITION_OFFICER) &&
    viewer.units.some((u) => petition.regionCode.startsWith(regionScopePrefix(u.regionCode)))
  );
}

/** The petitioner: the citizen who filed it online, signed in, or who gave its tracking code and phone. */
export const isPetitioner = (viewer: Viewer, petition: PetitionFacts, ctx: Pick<ActingContext, 'trackedPetitionId'>) =>
  Boolean(viewer.accountId && viewer.accountId === petition.submitterAccountId) ||
  ctx.trackedPetitionId === petition.id;

/**
 * Who may take an action on a petition (issue 4, "who may do what"): petition officers
 * dispose within their area; the lead unit's handlers and head accept, decline, object and
 * reply, and only the head approves an extension; the petitioner (or an officer recording it
 * for them) rates and asks for review; the reviewing government's petition office or staff
 * decide a review; the common superior's, disputed competence.
 */
export function mayAct(viewer: Viewer, petition: PetitionFacts, action: PetitionAction, ctx: ActingContext): boolean {
  if (ctx.recused && action !== PetitionAction.EVALUATE && action !== PetitionAction.REQUEST_REVIEW) return false;
  switch (action) {
    case PetitionAction.FORWARD:
    case PetitionAction.ASSIGN:
    case PetitionAction.REDIRECT:
    case PetitionAction.REFER_COMPETENCE:
      return officerInArea(viewer, petition);
    case PetitionAction.DECIDE_COMPETENCE:
      // the superior government itself, its leaders or staff: not the petition office that referred it
      return has(viewer, Role.LEADER, Role.UNIT_HANDLER, Role.UNIT_HEAD) && memberOf(viewer, ctx.decidingUnit?.id);
    case PetitionAction.ACCEPT:
    case PetitionAction.DECLINE:
    case PetitionAction.OBJECT:
    case PetitionAction.REPLY:
    case PetitionAction.HAND_OFF:
    case PetitionAction.RECORD_HAND_OFF_OUTCOME:
      return has(viewer, Role.UNIT_HANDLER, Role.UNIT_HEAD) && memberOf(viewer, petition.leadUnitId);
    case PetitionAction.EXTEND:
      return has(viewer, Role.UNIT_HEAD) && memberOf(viewer, petition.leadUnitId);
    case PetitionAction.EVALUATE:
      return isPetitioner(viewer, petition, ctx);
    case PetitionAction.REQUEST_REVIEW:
      return isPetitioner(viewer, petition, ctx) || officerInArea(viewer, petition);
    case PetitionAction.DECIDE_REVIEW:
    case PetitionAction.HOLD_HEARING:
    case PetitionAction.END_HEARING: {
      const unit = ctx.reviewUnit;
      if (!unit) return false;
      if (has(viewer, Role.UNIT_HANDLER, Role.UNIT_HEAD) && memberOf(viewer, unit.id)) return true;
      // the petition office of the reviewing government's region organises the review
      return has(viewer, Role.PETITION_OFFICER) && viewer.units.some((u) => u.regionCode === unit.regionCode);
    }
  }
}

/**
 * A report never goes to the unit it reports on, as lead, co-handling or competent unit (R-P12,
 * Art. 30): refused at the field that named it.
 */
export function refuseReportedUnit(
  petition: Pick<Petition, 'kind' | 'respondentUnitId'>,
  unitId: string,
  field: string,
): void {
  if (isReportedOn(petition, unitId))
    throw refuse(ErrorCode.BAD_USER_INPUT, 'REPORTED_UNIT_NOT_ALLOWED', undefined, { field });
}
