import { PetitionKind, Role } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { riskLevel } from '../intake/risk.js';
import { RiskFlag, type Petition } from '../petition/petition.entity.js';

/**
 * How much of the people on a petition a viewer may see (R-P12, CONTRACT.md):
 * - nothing, for the unit complained about in a petition asked to stay confidential: not the
 *   people, their material, their account, nor any link to their other petitions (a report
 *   does not reach the unit it reports on at all: it is outside that unit's scope, see
 *   petition.scope.ts; the rule here still holds for the same unit, should one reach it);
 * - phones and addresses, for those who must reach the petitioner: petition officers, the
 *   staff of the lead unit, and the citizen who filed it;
 * - ID numbers, for petition officers only;
 * - masked values for everyone else (leaders, representatives, other units).
 * Every unmasked read by someone other than the petitioner is recorded (personal_data_access).
 */
export interface Disclosure {
  identity: boolean;
  contact: boolean;
  idNumber: boolean;
}

/** What a disclosure rule needs to know of a petition. */
export type DisclosureFacts = Pick<
  Petition,
  'kind' | 'confidential' | 'respondentUnitId' | 'leadUnitId' | 'submitterAccountId'
>;

export const NOTHING: Disclosure = { identity: false, contact: false, idNumber: false };

/** A report, or a confidential petition, about a unit: someone (that unit) must not learn who filed it. */
export function withholdsIdentity(petition: Pick<DisclosureFacts, 'kind' | 'confidential' | 'respondentUnitId'>) {
  return Boolean(petition.respondentUnitId) && (petition.kind === PetitionKind.REPORT || petition.confidential);
}

/** The unit a report is about: it never handles, co-handles, decides or reviews it (R-P12, Art. 30). */
export const isReportedOn = (petition: Pick<DisclosureFacts, 'kind' | 'respondentUnitId'>, unitId: string) =>
  petition.kind === PetitionKind.REPORT && petition.respondentUnitId === unitId;

export function disclosureFor(viewer: Viewer, petition: DisclosureFacts): Disclosure {
  const unitIds = new Set(viewer.units.map((u) => u.id));
  if (withholdsIdentity(petition) && unitIds.has(petition.respondentUnitId!)) return NOTHING;
  const officer = viewer.roles.includes(Role.PETITION_OFFICER);
  const leadStaff =
    Boolean(petition.leadUnitId && unitIds.has(petition.leadUnitId)) &&
    viewer.roles.some((r) => r === Role.UNIT_HANDLER || r === Role.UNIT_HEAD);
  const owner = isOwner(viewer, petition);
  return { identity: true, contact: officer || leadStaff || owner, idNumber: officer };
}

/** The citizen who filed it, signed in: reading one's own data is not a disclosure. */
export const isOwner = (viewer: Viewer, petition: Pick<DisclosureFacts, 'submitterAccountId'>) =>
  Boolean(viewer.accountId && viewer.accountId === petition.submitterAccountId);

/** What both allow: a petition reached from another is shown no more than the one it was reached from. */
export const narrower = (a: Disclosure, b: Disclosure): Disclosure => ({
  identity: a.identity && b.identity,
  contact: a.contact && b.contact,
  idNumber: a.idNumber && b.idNumber,
});

/** Flags that say something of the person rather than of the matter. */
const PERSONAL_FLAGS: RiskFlag[] = [RiskFlag.KEY_PERSON, RiskFlag.REPEAT];

/** The risk flags and level for a viewer: without those about the person where it may not know who it is. */
export function riskFor(
  disclosure: Disclosure,
  flags: RiskFlag[],
  level: number,
): { flags: RiskFlag[]; level: number } {
  if (disclosure.identity) return { flags, level };
  const shown = flags.filter((f) => !PERSONAL_FLAGS.includes(f));
  return { flags: shown, level: riskLevel(shown) };
}

/**
 * An outbox event's payload as any consumer may read it (statistics, another agency's
 * webhook): consumers are not known in advance, so an event on a petition that withholds its
 * petitioner's identity from someone tells what that one may know: no account that acted as
 * petitioner, no link to the person's other petition, no flag about the person.
 */
export function publishable(
  petition: Pick<DisclosureFacts, 'kind' | 'confidential' | 'respondentUnitId' | 'submitterAccountId'>,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (!withholdsIdentity(petition)) return payload;
  const { repeatOfId: _link, actorId, ...rest } = payload;
  const risk = Array.isArray(rest.riskFlags)
    ? riskFor(NOTHING, rest.riskFlags as RiskFlag[], Number(rest.riskLevel))
    : null;
  return {
    ...rest,
    ...(risk ? { riskFlags: risk.flags, riskLevel: risk.level } : {}),
    ...(actorId && actorId !== petition.submitterAccountId ? { actorId } : {}),
  };
}
