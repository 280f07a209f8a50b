import type { EntityManager, InferEntity } from '@mikro-orm/core';
import { Role, newId } from '@tjxf/domain';
import type { Loader, Loaders } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { AttachmentEntity } from '../attachment/attachment.entity.js';
import { PetitionEntity, type RiskFlag } from '../petition/petition.entity.js';
import type { AttachmentType, PetitionerType, PetitionType } from '../petition/petition.type.js';
import { PetitionerEntity } from '../petition/petitioner.entity.js';
import { rowsByPetition } from '../petition/rows-by-petition.js';
import type { PersonalDataCipher } from './cipher.js';
import { disclosureFor, isOwner, narrower, riskFor, type Disclosure } from './disclosure.js';
import { PersonalDataAccessEntity, type PersonalDataAccess } from './personal-data-access.entity.js';

/** What the access log records a read of (R-P12). */
export const AccessedField = {
  PHONE: 'PHONE',
  ADDRESS: 'ADDRESS',
  ID_NUMBER: 'ID_NUMBER',
  ATTACHMENT: 'ATTACHMENT',
  /** Staff looked the person up by phone, ID number, their last digits, or name (issue 10). */
  PHONE_LOOKUP: 'PHONE_LOOKUP',
  ID_NUMBER_LOOKUP: 'ID_NUMBER_LOOKUP',
  DIGITS_LOOKUP: 'DIGITS_LOOKUP',
  NAME_LOOKUP: 'NAME_LOOKUP',
} as const;
export type AccessedField = (typeof AccessedField)[keyof typeof AccessedField];

/** One read of unmasked personal data: of a person's field, or of an attachment. */
export interface Access {
  field: AccessedField;
  petitionId: string;
  petitionerId?: string | null;
  attachmentId?: string | null;
}

/** Records reads in one statement: who, for which unit, from where, when. */
export async function recordAccesses(em: EntityManager, viewer: Viewer, accesses: readonly Access[]): Promise<void> {
  if (!accesses.length) return;
  const at = new Date();
  await em.insertMany(
    PersonalDataAccessEntity,
    accesses.map((a) => ({
      id: newId(),
      at,
      accountId: viewer.accountId!,
      unitId: viewer.units[0]?.id ?? null,
      petitionId: a.petitionId,
      petitionerId: a.petitionerId ?? null,
      attachmentId: a.attachmentId ?? null,
      field: a.field,
      ip: viewer.ip,
    })),
  );
}

const CLEAR_KEY = { PHONE: 'phone', ADDRESS: 'address', ID_NUMBER: 'idNumber' } as const;

/** An entry of the access log as the API shows it. */
export interface AccessRecord {
  at: Date;
  accountId: string;
  unitId: string | null;
  petitionId: string;
  field: string;
  ip: string | null;
  person: string | null;
}

/** Defaults of the access log's reads. */
export const ACCESS_LOG_DEFAULTS = { limit: 500 } as const;

/**
 * The people on a petition and what leads to them, as far as the viewer may see them (R-P12):
 * every path from a petition to a person or to another petition asks {@link disclosure}, which
 * holds the rule of the petition itself and of the one it was reached from. Unmasked reads are
 * recorded, batched per request.
 */
export class PersonalDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
    private readonly cipher: PersonalDataCipher,
  ) {}

  disclosure(petition: PetitionType): Disclosure {
    const own = disclosureFor(this.viewer, petition);
    return petition.reachedFrom ? narrower(own, petition.reachedFrom) : own;
  }

  /**
   * A petition reached through a link from another (a repeat's original). The link itself says
   * "the same person", so it exists only for a viewer who may know who is behind both; what is
   * reached is shown no more than what it was reached from.
   */
  reach(from: PetitionType, to: PetitionType | null): PetitionType | null {
    const here = this.disclosure(from);
    if (!to || !here.identity) return null;
    const reached = { ...to, reachedFrom: here };
    return this.disclosure(reached).identity ? reached : null;
  }

  /** Who acted, unless it was the petitioner's own account and the viewer may not know who that is. */
  actor(petition: PetitionType, actorId: string | null): string | null {
    if (!actorId || this.disclosure(petition).identity) return actorId;
    return actorId === petition.submitterAccountId ? null : actorId;
  }

  /** The risk flags, without those about the person for a viewer who may not know who it is. */
  riskFlags(petition: PetitionType): { flags: RiskFlag[]; level: number } {
    return riskFor(this.disclosure(petition), petition.riskFlags, petition.riskLevel);
  }

  /** The people on a petition, as much as the viewer may see; null for the unit reported on. */
  async petitioners(petition: PetitionType): Promise<PetitionerType[] | null> {
    const disclosure = this.disclosure(petition);
    if (!disclosure.identity) return null;
    const rows = await this.petitionersOf.load(petition.id);
    const decrypt = (value: string | null | undefined, allowed: boolean) =>
      allowed && value ? this.cipher.decrypt(value) : null;
    return rows.map((row) => ({
      id: row.id,
      petitionId: petition.id,
      role: row.role,
      name: row.name,
      relationship: row.relationship ?? null,
      masked: { phone: row.phoneMasked ?? null, idNumber: row.idNumberMasked ?? null },
      clear: {
        phone: decrypt(row.phoneEncrypted, disclosure.contact),
        address: disclosure.contact ? (row.address ?? null) : null,
        idNumber: decrypt(row.idNumberEncrypted, disclosure.idNumber),
      },
      own: isOwner(this.viewer, petition),
    }));
  }

  /** A clear value where the viewer may see it, recorded as read; else the masked one (no address). */
  async reveal(petitioner: PetitionerType, field: keyof typeof CLEAR_KEY): Promise<string | null> {
    const key = CLEAR_KEY[field];
    const clear = petitioner.clear[key];
    if (clear === null) return key === 'address' ? null : petitioner.masked[key];
    if (!petitioner.own) await this.recorder.load(`${field}|${petitioner.petitionId}|${petitioner.id}`);
    return clear;
  }

  /** A reporter's material is hidden with the reporter (R-P12). */
  async attachments(petition: PetitionType): Promise<AttachmentType[] | null> {
    if (!this.disclosure(petition).identity) return null;
    const rows = await this.attachmentsOf.load(petition.id);
    return rows.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      url: `/attachments/${a.id}`,
    }));
  }

  /**
   * Who read a petition's unmasked personal data, newest first (R-P12): the petition office of
   * its area sees every read; a unit head the reads of the unit's own staff. Only where the
   * viewer may know who the people are; an empty list otherwise, as for an unknown petition.
   */
  async accessesOf(petition: PetitionType | null): Promise<AccessRecord[]> {
    if (!petition || !this.disclosure(petition).identity) return [];
    const officer = this.viewer.roles.includes(Role.PETITION_OFFICER);
    const head = this.viewer.roles.includes(Role.UNIT_HEAD);
    if (!officer && !head) return [];
    const ownUnits = this.viewer.units.map((u) => u.id);
    return this.records(
      officer ? { petitionId: petition.id } : { petitionId: petition.id, unitId: { $in: ownUnits } },
      ACCESS_LOG_DEFAULTS.limit,
    );
  }

  /** For a signed-in citizen: who read the data of the people on the petitions they filed. */
  async mine(first: number): Promise<AccessRecord[]> {
    if (!this.viewer.accountId) return [];
    const petitions = await this.em.find(
      PetitionEntity,
      { submitterAccountId: this.viewer.accountId },
      { fields: ['id'] },
    );
    if (!petitions.length) return [];
    return this.records(
      { petitionId: { $in: petitions.map((p) => p.id) }, accountId: { $ne: this.viewer.accountId } },
      first,
    );
  }

  private async records(where: Record<string, unknown>, limit: number): Promise<AccessRecord[]> {
    const rows: PersonalDataAccess[] = await this.em.find(PersonalDataAccessEntity, where, {
      orderBy: { at: 'desc', id: 'desc' },
      limit,
    });
    const personIds = [...new Set(rows.map((r) => r.petitionerId).filter((id): id is string => Boolean(id)))];
    const people = personIds.length
      ? await this.em.find(PetitionerEntity, { id: { $in: personIds } }, { fields: ['id', 'name'] })
      : [];
    const names = new Map(people.map((p) => [p.id, p.name]));
    return rows.map((r) => ({
      at: r.at,
      accountId: r.accountId,
      unitId: r.unitId ?? null,
      petitionId: r.petitionId,
      field: r.field,
      ip: r.ip ?? null,
      person: r.petitionerId ? (names.get(r.petitionerId) ?? null) : null,
    }));
  }

  /** Every unmasked read of a request, written in one statement (a page of 100 petitions too). */
  private get recorder(): Loader<string, true> {
    return this.loaders.get('personalData.access', async (keys) => {
      await recordAccesses(
        this.em,
        this.viewer,
        keys.map((key) => {
          const [field, petitionId, petitionerId] = key.split('|') as [AccessedField, string, string];
          return { field, petitionId, petitionerId };
        }),
      );
      return keys.map(() => true as const);
    });
  }

  private get petitionersOf() {
    return rowsByPetition<InferEntity<typeof PetitionerEntity>>(
      this.loaders,
      this.em,
      'petition.petitioners',
      PetitionerEntity,
      { position: 'asc' },
    );
  }

  private get attachmentsOf() {
    return rowsByPetition<InferEntity<typeof AttachmentEntity>>(
      this.loaders,
      this.em,
      'petition.attachments',
      AttachmentEntity,
      { uploadedAt: 'asc' },
    );
  }
}
