import { PetitionKind, Role, normalizeIdNumber } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { normalizePhone } from '../personal-data/identifiers.js';
import { AccessedField } from '../personal-data/personal-data.service.js';
import { normalizeTrackingCode } from '../petition/tracking-code.js';

/**
 * What a member of staff typed to find the case a caller describes (issue 10): a tracking
 * code, a phone number, an ID number, the last digits of either, or a name. Anything else is
 * a matter, searched in the text.
 */
export type CallerTerm =
  | { kind: 'TRACKING_CODE'; trackingCode: string }
  | { kind: 'PHONE'; hash: string }
  | { kind: 'ID_NUMBER'; hash: string }
  | { kind: 'LAST_DIGITS'; digits: string }
  | { kind: 'NAME'; name: string };

/** A person's name as staff type it: two to six Han characters, a middle dot for minorities' names. */
const NAME = /^\p{Script=Han}[\p{Script=Han}·]{1,5}$/u;
/** The last four digits of a phone or an ID number (its check character may be X). */
const LAST_DIGITS = /^\d{3}[\dX]$/i;

export function callerTerm(text: string, cipher: PersonalDataCipher): CallerTerm | null {
  const typed = text.trim();
  const trackingCode = normalizeTrackingCode(typed);
  if (trackingCode) return { kind: 'TRACKING_CODE', trackingCode };
  const phone = normalizePhone(typed);
  if (phone) return { kind: 'PHONE', hash: cipher.hash('phone', phone) };
  const idNumber = normalizeIdNumber(typed);
  if (idNumber) return { kind: 'ID_NUMBER', hash: cipher.hash('id', idNumber) };
  if (LAST_DIGITS.test(typed)) return { kind: 'LAST_DIGITS', digits: typed.toUpperCase() };
  if (NAME.test(typed)) return { kind: 'NAME', name: typed };
  return null;
}

/** How a look-up by a person's data is recorded in the access log (R-P12): one entry per petition found. */
export const LOOKUP_FIELD = {
  PHONE: AccessedField.PHONE_LOOKUP,
  ID_NUMBER: AccessedField.ID_NUMBER_LOOKUP,
  LAST_DIGITS: AccessedField.DIGITS_LOOKUP,
  NAME: AccessedField.NAME_LOOKUP,
} as const;

/**
 * The petitions whose people the term finds, as a condition on the petition (alias `a`) with
 * its parameters; null for a term the viewer may not look people up by. Within the scope, only
 * petitions whose people the viewer may know (never a report or a confidential petition about
 * the viewer's own unit); phones only for those who may reach the petitioner (petition
 * officers, and the staff of the lead unit on its own petitions); ID numbers and their last
 * digits for petition officers only, as the disclosure rule shows them (disclosure.ts).
 */
export function callerCondition(
  term: Exclude<CallerTerm, { kind: 'TRACKING_CODE' }>,
  viewer: Viewer,
): { sql: (alias: string) => string; params: unknown[] } | null {
  const officer = viewer.roles.includes(Role.PETITION_OFFICER);
  const unitStaff = viewer.roles.some((r) => r === Role.UNIT_HANDLER || r === Role.UNIT_HEAD);
  const unitIds = viewer.units.map((u) => u.id);
  // one placeholder per unit (no array binding): `false` for none
  const inUnits = (column: string) =>
    unitIds.length ? `${column} in (${unitIds.map(() => '?').join(', ')})` : 'false';
  const person = (match: string) => (a: string) =>
    `exists (select 1 from petitions.petitioner pe where pe.petition_id = ${a}.id and ${match})`;
  let match: { sql: (a: string) => string; params: unknown[] };
  switch (term.kind) {
    case 'NAME':
      match = { sql: person('pe.name = ?'), params: [term.name] };
      break;
    case 'PHONE':
      if (!officer && !unitStaff) return null;
      match = {
        sql: (a) => `${person('pe.phone_hash = ?')(a)}${officer ? '' : ` and ${inUnits(`${a}.lead_unit_id`)}`}`,
        params: officer ? [term.hash] : [term.hash, ...unitIds],
      };
      break;
    case 'ID_NUMBER':
      if (!officer) return null;
      match = { sql: person('pe.id_number_hash = ?'), params: [term.hash] };
      break;
    case 'LAST_DIGITS':
      if (officer) {
        match = {
          sql: person('(pe.phone_last4 = ? or right(pe.id_number_masked, 4) = ?)'),
          params: [term.digits, term.digits],
        };
      } else if (unitStaff) {
        match = {
          sql: (a) => `${person('pe.phone_last4 = ?')(a)} and ${inUnits(`${a}.lead_unit_id`)}`,
          params: [term.digits, ...unitIds],
        };
      } else return null;
      break;
  }
  // people withheld from the unit a report or a confidential petition is about
  const withheld = (a: string) =>
    `not (${a}.respondent_unit_id is not null and ${inUnits(`${a}.respondent_unit_id`)} and (${a}.kind = '${PetitionKind.REPORT}' or ${a}.confidential))`;
  return { sql: (a) => `(${match.sql(a)}) and ${withheld(a)}`, params: [...match.params, ...unitIds] };
}
