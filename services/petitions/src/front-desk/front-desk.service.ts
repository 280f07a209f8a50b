import type { EntityManager } from '@mikro-orm/core';
import { ErrorCode, PetitionKind, normalizeIdNumber, refuse } from '@tjxf/domain';
import type { Reason } from '@tjxf/i18n/reasons';
import { findRegion } from '@tjxf/regions';
import type { Viewer } from '@tjxf/tokens';
import { probeRepeat, type RepeatCandidate } from '../intake/repeat-detection.js';
import { receivingOffice } from '../intake/receiving-office.js';
import { heldBelow, skippedLevelNotice } from '../intake/skipped-level.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { normalizePhone } from '../personal-data/identifiers.js';
import { AccessedField, recordAccesses, type Access } from '../personal-data/personal-data.service.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import type { UnitLookup } from '../unit-directory/unit-directory.service.js';
import type { EarlierPetitionType, PetitionerHistoryInput, PetitionerHistoryType } from './front-desk.types.js';

/** Defaults of the front desk's look-up. */
export const FRONT_DESK_DEFAULTS = {
  /** The most earlier petitions shown, newest first. */
  earlierPetitionsMax: 50,
} as const;

interface EarlierRow {
  id: string;
  tracking_code: string;
  received_at: Date | string;
  title: string;
  status: EarlierPetitionType['status'];
  handling_unit_id: string;
  /** A report or a confidential petition: its title only to those who may open it. */
  withheld: boolean;
}

const refuseInput = (field: string, reason: Reason) => refuse(ErrorCode.BAD_USER_INPUT, reason, undefined, { field });

/**
 * The front desk's look-up before registering (issue 11, R-P4): the person's earlier petitions
 * across all units and levels — tracking code, date, title, status and handling unit, never
 * their content or people — and, for a draft, whether it repeats one and whether a lower unit
 * is still handling that one in time (the skipped-level rule). Every look-up is recorded in
 * the access log like the inbox's caller search (docs/search.md), one entry per petition shown.
 */
export class FrontDeskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly cipher: PersonalDataCipher,
    private readonly directory: UnitLookup | null,
  ) {}

  async history(input: PetitionerHistoryInput): Promise<PetitionerHistoryType> {
    const office = this.viewer.units[0];
    if (!office) throw refuse(ErrorCode.FORBIDDEN, 'NO_PETITION_OFFICE');
    const person = this.person(input);
    const rows = await this.earlier(person);
    const inScope = await this.inScope(rows.map((r) => r.id));
    const earlierPetitions = rows.map((r) => toEarlier(r, inScope));
    await recordAccesses(
      this.em,
      this.viewer,
      rows.flatMap((r) => person.fields.map((field): Access => ({ field, petitionId: r.id }))),
    );
    if (!input.draft) return { earlierPetitions, repeatOf: null, skippedLevel: null };
    const draft = input.draft;
    if (!findRegion(draft.regionCode)) throw refuseInput('draft.regionCode', 'REGION_NOT_IN_TIANJIN');
    const { repeat } = await probeRepeat(this.em, {
      kind: draft.kind,
      phoneHashes: person.phoneHashes,
      idNumberHashes: person.idNumberHashes,
      respondentUnitId: draft.respondentUnitId ?? null,
      text: `${draft.title} ${draft.content}`,
      categoryCode: draft.categoryCode,
      regionCode: draft.regionCode,
      receivedAt: new Date(),
    });
    if (!repeat) return { earlierPetitions, repeatOf: null, skippedLevel: null };
    const receiving = await receivingOffice(
      {
        kind: draft.kind,
        regionCode: draft.regionCode,
        respondentUnitId: draft.respondentUnitId ?? null,
        staffOffice: office,
      },
      this.directory,
    );
    const held = await heldBelow(repeat.original, receiving.skippedLevel, this.directory);
    const originalInScope = await this.inScope([repeat.original.id]);
    return {
      earlierPetitions,
      repeatOf: candidateToEarlier(repeat.original, originalInScope),
      skippedLevel: held
        ? { lowerUnit: { id: held.unit.id }, dueAt: held.dueAt, notice: skippedLevelNotice(held) }
        : null,
    };
  }

  /** The keyed hashes of what was typed, and what the access log calls each look-up. */
  private person(input: PetitionerHistoryInput) {
    const idText = input.idNumber?.trim();
    const phoneText = input.phone?.trim();
    if (!idText && !phoneText) throw refuseInput('idNumber', 'LOOKUP_TERM_REQUIRED');
    const idNumber = idText ? normalizeIdNumber(idText) : null;
    if (idText && !idNumber) throw refuseInput('idNumber', 'ID_NUMBER_INVALID');
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone) throw refuseInput('phone', 'PHONE_INVALID');
    return {
      idNumberHashes: idNumber ? [this.cipher.hash('id', idNumber)] : [],
      phoneHashes: phone ? [this.cipher.hash('phone', phone)] : [],
      fields: [...(idNumber ? [AccessedField.ID_NUMBER_LOOKUP] : []), ...(phone ? [AccessedField.PHONE_LOOKUP] : [])],
    };
  }

  /**
   * The person's petitions in every unit and level (not an agent's), less those whose people
   * are withheld from the viewer's unit: a report or a confidential petition about it (R-P12).
   */
  private async earlier(person: { idNumberHashes: string[]; phoneHashes: string[] }): Promise<EarlierRow[]> {
    const matches = [
      ...person.idNumberHashes.map(() => 't.id_number_hash = ?'),
      ...person.phoneHashes.map(() => 't.phone_hash = ?'),
    ].join(' or ');
    const unitIds = this.viewer.units.map((u) => u.id);
    const ownUnits = unitIds.map(() => '?').join(', ');
    return this.em.getConnection().execute<EarlierRow[]>(
      `select p.id, p.tracking_code, p.received_at, p.title, p.status,
         coalesce(p.lead_unit_id, p.receiving_unit_id) as handling_unit_id,
         (p.kind = '${PetitionKind.REPORT}' or p.confidential) as withheld
       from petitions.petition p
       where p.id in (select t.petition_id from petitions.petitioner t where t.role <> 'AGENT' and (${matches}))
         and not (p.respondent_unit_id is not null and p.respondent_unit_id in (${ownUnits})
                  and (p.kind = '${PetitionKind.REPORT}' or p.confidential))
       order by p.received_at desc, p.id desc
       limit ?`,
      [...person.idNumberHashes, ...person.phoneHashes, ...unitIds, FRONT_DESK_DEFAULTS.earlierPetitionsMax],
    );
  }

  /** Which of these petitions the viewer may open. */
  private async inScope(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.em.find(
      PetitionEntity,
      { $and: [{ id: { $in: ids } }, scopeCondition(petitionScope(this.viewer))] },
      { fields: ['id'] },
    );
    return new Set(rows.map((r) => r.id));
  }
}

function toEarlier(r: EarlierRow, inScope: Set<string>): EarlierPetitionType {
  return {
    id: inScope.has(r.id) ? r.id : null,
    trackingCode: r.tracking_code,
    receivedAt: new Date(r.received_at),
    title: r.withheld && !inScope.has(r.id) ? null : r.title,
    status: r.status,
    handlingUnit: { id: r.handling_unit_id },
    inScope: inScope.has(r.id),
  };
}

function candidateToEarlier(c: RepeatCandidate, inScope: Set<string>): EarlierPetitionType {
  return toEarlier(
    {
      id: c.id,
      tracking_code: c.trackingCode,
      received_at: c.receivedAt,
      title: c.title,
      status: c.status,
      handling_unit_id: c.handlingUnitId,
      // its kind is not read here: its title only to those who may open it
      withheld: true,
    },
    inScope,
  );
}
