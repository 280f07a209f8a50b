import { LockMode, type EntityManager } from '@mikro-orm/core';
import { addDays, chinaDate } from '@tjxf/calendar';
import { ErrorCode, invalidField, newId, normalizeIdNumber, notFound, refuse, regionScopePrefix } from '@tjxf/domain';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize, toConnection, type PageLimits } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { normalizePhone } from '../personal-data/identifiers.js';
import { KeyPersonAccessEntity, KeyPersonEntity, type KeyPerson, type KeyPersonAccess } from './key-person.entity.js';

/** Defaults of the key-person register (R-P5). */
export const KEY_PERSON_DEFAULTS = {
  list: { pageSize: 50, maxPageSize: 100 } satisfies PageLimits,
  /** A mark is reviewed at the latest this many days after it is made (or reviewed). */
  maxReviewDays: 366,
  basisMinLength: 10,
  basisMaxLength: 2000,
} as const;

export interface AddKeyPersonInput {
  name: string;
  phone?: string | null;
  idNumber?: string | null;
  basis: string;
  reviewOn: string;
}

export type KeyPersonAction = 'READ' | 'ADD' | 'REMOVE' | 'ENQUIRY';

/** A person asks whether they are marked: identified by phone or ID number, or both. */
export interface KeyPersonEnquiryInput {
  phone?: string | null;
  idNumber?: string | null;
}

/**
 * The register of key persons (重点人员, R-P5), kept by petition offices for their area: a
 * person is marked with the basis of the mark and the date to review it, and removed with a
 * reason. An office sees the marks made in its area (a district office its streets'); every
 * listing and change is logged per person (`key_person_access`), which the area's leaders
 * read. Intake flags a petition of a marked person (`KEY_PERSON`), matched by keyed hashes.
 * No event is written: a mark must not travel to consumers or other agencies' webhooks.
 */
export class KeyPersonService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** The marks in the viewer's area, still standing, the review due first; each read logged. */
  async list(first?: number | null, after?: string | null) {
    const size = pageSize(first, KEY_PERSON_DEFAULTS.list, 'KEY_PERSON_PAGE_SIZE_OUT_OF_RANGE');
    const offset = after ? decodeOffsetCursor(after) : 0;
    const where = { $and: [this.areaCondition(), { removedAt: null }] };
    const [rows, totalCount] = await Promise.all([
      this.em.find(KeyPersonEntity, where, {
        orderBy: [{ reviewOn: 'asc nulls last' }, { addedAt: 'desc' }, { id: 'asc' }],
        limit: size + 1,
        offset,
      }),
      this.em.fork().count(KeyPersonEntity, where),
    ]);
    await this.log('READ', rows.slice(0, size));
    return toConnection(
      rows,
      size,
      totalCount,
      (row) => row,
      (_, i) => encodeOffsetCursor(offset + i + 1),
    );
  }

  /** Marks a person for the viewer's office; refused if already marked there. One transaction with its log entry. */
  async add(input: AddKeyPersonInput): Promise<KeyPerson> {
    const name = input.name.trim();
    if (!name || name.length > 50) throw invalidField('input.name', 'NAME_REQUIRED');
    const phone = input.phone?.trim() ? normalizePhone(input.phone) : null;
    if (input.phone?.trim() && !phone) throw invalidField('input.phone', 'PHONE_INVALID');
    const idNumber = input.idNumber?.trim() ? normalizeIdNumber(input.idNumber) : null;
    if (input.idNumber?.trim() && !idNumber) throw invalidField('input.idNumber', 'ID_NUMBER_INVALID');
    if (!phone && !idNumber) throw invalidField('input.phone', 'KEY_PERSON_CONTACT_REQUIRED');
    const basis = input.basis.trim();
    if (basis.length < KEY_PERSON_DEFAULTS.basisMinLength || basis.length > KEY_PERSON_DEFAULTS.basisMaxLength) {
      throw invalidField('input.basis', 'KEY_PERSON_BASIS_REQUIRED', { min: KEY_PERSON_DEFAULTS.basisMinLength });
    }
    const today = chinaDate(new Date());
    const latest = addDays(today, KEY_PERSON_DEFAULTS.maxReviewDays);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.reviewOn) || input.reviewOn <= today || input.reviewOn > latest) {
      throw invalidField('input.reviewOn', 'KEY_PERSON_REVIEW_DATE', { days: KEY_PERSON_DEFAULTS.maxReviewDays });
    }
    const office = this.viewer.units[0];
    if (!office) throw refuse(ErrorCode.FORBIDDEN, 'STEP_FORBIDDEN');
    // the register keeps no last four digits: nobody tracks a mark
    const { phoneLast4: _last4, ...contact } = this.cipher.protect({ phone, idNumber });
    const { phoneHash, idNumberHash } = contact;
    return this.em.transactional(async (tx) => {
      // one mark per person and office, also when two officers mark them at the same moment
      for (const hash of [phoneHash, idNumberHash].filter(Boolean)) {
        await tx
          .getConnection()
          // on the transaction's own connection, or the lock is let go at once
          .execute(
            'select pg_advisory_xact_lock(hashtextextended(?, 0))',
            [`key-person:${office.id}:${hash}`],
            'all',
            tx.getTransactionContext(),
          );
      }
      const standing = await tx.count(KeyPersonEntity, {
        unitId: office.id,
        removedAt: null,
        $or: [...(phoneHash ? [{ phoneHash }] : []), ...(idNumberHash ? [{ idNumberHash }] : [])],
      });
      if (standing) throw refuse(ErrorCode.CONFLICT, 'KEY_PERSON_ALREADY_MARKED');
      const mark = tx.create(KeyPersonEntity, {
        id: newId(),
        name,
        ...contact,
        reason: basis,
        unitId: office.id,
        regionCode: office.regionCode,
        reviewOn: input.reviewOn,
        addedById: this.viewer.accountId,
        addedAt: new Date(),
        removedAt: null,
        removedById: null,
        removalReason: null,
      });
      await this.log('ADD', [mark], tx);
      return mark;
    });
  }

  /** Takes a person off the register with a reason; the mark stays, removed. Once only. */
  async remove(id: string, reason: string): Promise<KeyPerson> {
    const why = reason.trim();
    if (why.length < KEY_PERSON_DEFAULTS.basisMinLength) {
      throw invalidField('reason', 'KEY_PERSON_BASIS_REQUIRED', { min: KEY_PERSON_DEFAULTS.basisMinLength });
    }
    return this.em.transactional(async (tx) => {
      const mark = await tx.findOne(
        KeyPersonEntity,
        { $and: [{ id }, this.areaCondition()] },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!mark) throw notFound('Key person');
      if (mark.removedAt) throw refuse(ErrorCode.CONFLICT, 'KEY_PERSON_ALREADY_REMOVED');
      Object.assign(mark, { removedAt: new Date(), removedById: this.viewer.accountId, removalReason: why });
      await this.log('REMOVE', [mark], tx);
      return mark;
    });
  }

  /**
   * A person asks, in person and identified, whether they are marked (issue 11): the standing
   * marks of the viewer's area on that phone or ID number, each answer logged (ENQUIRY).
   */
  async enquire(input: KeyPersonEnquiryInput): Promise<KeyPerson[]> {
    const phone = input.phone?.trim() ? normalizePhone(input.phone) : null;
    if (input.phone?.trim() && !phone) throw invalidField('input.phone', 'PHONE_INVALID');
    const idNumber = input.idNumber?.trim() ? normalizeIdNumber(input.idNumber) : null;
    if (input.idNumber?.trim() && !idNumber) throw invalidField('input.idNumber', 'ID_NUMBER_INVALID');
    if (!phone && !idNumber) throw invalidField('input.phone', 'KEY_PERSON_CONTACT_REQUIRED');
    const { phoneHash, idNumberHash } = this.cipher.protect({ phone, idNumber });
    const marks = await this.em.find(KeyPersonEntity, {
      $and: [
        this.areaCondition(),
        { removedAt: null },
        { $or: [...(phoneHash ? [{ phoneHash }] : []), ...(idNumberHash ? [{ idNumberHash }] : [])] },
      ],
    });
    await this.log('ENQUIRY', marks);
    return marks;
  }

  /** The log of the area's register, newest first, with whose mark: for the area's leaders (issue 11). */
  async accessLog(first?: number | null): Promise<(KeyPersonAccess & { person: string | null })[]> {
    const size = pageSize(first, KEY_PERSON_DEFAULTS.list, 'KEY_PERSON_PAGE_SIZE_OUT_OF_RANGE');
    const marks = await this.em.find(KeyPersonEntity, this.areaCondition(), { fields: ['id', 'name'] });
    if (!marks.length) return [];
    const names = new Map(marks.map((m) => [m.id, m.name ?? null]));
    const rows = await this.em.find(
      KeyPersonAccessEntity,
      { keyPersonId: { $in: [...names.keys()] } },
      { orderBy: [{ at: 'desc' }, { id: 'asc' }], limit: size },
    );
    return rows.map((row) => Object.assign(row, { person: names.get(row.keyPersonId) ?? null }));
  }

  /** Who read or changed a mark, newest first: for the leaders of the mark's area. */
  async accessesOf(id: string) {
    const mark = await this.em.findOne(KeyPersonEntity, { $and: [{ id }, this.areaCondition()] });
    if (!mark) throw notFound('Key person');
    return this.em.find(KeyPersonAccessEntity, { keyPersonId: id }, { orderBy: { at: 'desc' }, limit: 500 });
  }

  /** Marks made in the viewer's area: by its own offices or those below (none without an area). */
  private areaCondition(): Record<string, unknown> {
    const prefixes = [...new Set(this.viewer.units.map((u) => regionScopePrefix(u.regionCode)))];
    return prefixes.length
      ? { $or: prefixes.map((prefix) => ({ regionCode: { $like: `${prefix}%` } })) }
      : { id: null };
  }

  private async log(action: KeyPersonAction, marks: KeyPerson[], em: EntityManager = this.em): Promise<void> {
    if (!marks.length || !this.viewer.accountId) return;
    const at = new Date();
    await em.insertMany(
      KeyPersonAccessEntity,
      marks.map((mark) => ({
        id: newId(),
        at,
        keyPersonId: mark.id,
        action,
        accountId: this.viewer.accountId!,
        unitId: this.viewer.units[0]?.id ?? null,
        ip: this.viewer.ip,
      })),
    );
  }
}
