import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { invalidField, isUuid } from '@tjxf/domain';
import { logCursor, logPage, pageSize, toConnection, type PageLimits } from '@tjxf/subgraph-kit';
import { PetitionEntity } from '../petition/petition.entity.js';
import { normalizeTrackingCode } from '../petition/tracking-code.js';
import type {
  PersonalDataAccessLogConnectionType,
  PersonalDataAccessLogEntryType,
  PersonalDataAccessLogFilterInput,
} from './access-log.type.js';
import { PersonalDataAccessEntity, type PersonalDataAccess } from './personal-data-access.entity.js';
import { AccessedField } from './personal-data.service.js';

/** Defaults of the platform-wide access log. */
export const ACCESS_LOG_PAGE_LIMITS: PageLimits = { pageSize: 50, maxPageSize: 200 };

const LOOKUPS: readonly string[] = [
  AccessedField.PHONE_LOOKUP,
  AccessedField.ID_NUMBER_LOOKUP,
  AccessedField.DIGITS_LOOKUP,
  AccessedField.NAME_LOOKUP,
];

/**
 * The log of every read of unmasked personal data across petitions, for the platform's audit
 * reader (issue 10, R-P12): who read what kind of data on which petition, never the data.
 */
export class AccessLogService {
  constructor(private readonly em: EntityManager) {}

  async list(
    filter: PersonalDataAccessLogFilterInput | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<PersonalDataAccessLogConnectionType> {
    const size = pageSize(first, ACCESS_LOG_PAGE_LIMITS);
    const conditions = await this.conditions(filter ?? {});
    if (!conditions) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const where: FilterQuery<PersonalDataAccess> = { $and: conditions };
    const page = logPage(conditions, after) as FilterQuery<PersonalDataAccess>;
    const [rows, totalCount] = await Promise.all([
      this.em.find(PersonalDataAccessEntity, page, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: size + 1 }),
      this.em.fork().count(PersonalDataAccessEntity, where),
    ]);
    const codes = await this.trackingCodes(rows.slice(0, size).map((r) => r.petitionId));
    return toConnection(rows, size, totalCount, (r) => toEntry(r, codes.get(r.petitionId) ?? ''), logCursor);
  }

  /** The filter as conditions, each served by an index; null when it can match nothing. */
  private async conditions(
    filter: PersonalDataAccessLogFilterInput,
  ): Promise<FilterQuery<PersonalDataAccess>[] | null> {
    const conditions: FilterQuery<PersonalDataAccess>[] = [];
    if (filter.from && filter.to && filter.to < filter.from) throw invalidField('filter.to', 'TIME_RANGE_REVERSED');
    if (filter.from) conditions.push({ at: { $gte: filter.from } });
    if (filter.to) conditions.push({ at: { $lt: filter.to } });
    if (filter.readerAccountId != null) {
      if (!isUuid(filter.readerAccountId)) throw invalidField('filter.readerAccountId', 'INVALID_ACCOUNT_ID');
      conditions.push({ accountId: filter.readerAccountId });
    }
    if (filter.readerUnitId != null) {
      if (!isUuid(filter.readerUnitId)) throw invalidField('filter.readerUnitId', 'INVALID_UNIT_ID');
      conditions.push({ unitId: filter.readerUnitId });
    }
    if (filter.kinds?.length) {
      const known: readonly string[] = Object.values(AccessedField);
      if (filter.kinds.some((k) => !known.includes(k))) throw invalidField('filter.kinds', 'ACCESS_KIND_UNKNOWN');
      conditions.push({ field: { $in: filter.kinds } });
    }
    if (filter.trackingCode != null && filter.trackingCode.trim() !== '') {
      const code = normalizeTrackingCode(filter.trackingCode);
      if (!code) throw invalidField('filter.trackingCode', 'INVALID_TRACKING_CODE');
      const petition = await this.em.findOne(PetitionEntity, { trackingCode: code }, { fields: ['id'] });
      if (!petition) return null;
      conditions.push({ petitionId: petition.id });
    }
    return conditions;
  }

  private async trackingCodes(petitionIds: string[]): Promise<Map<string, string>> {
    if (!petitionIds.length) return new Map();
    const petitions = await this.em.find(
      PetitionEntity,
      { id: { $in: [...new Set(petitionIds)] } },
      { fields: ['id', 'trackingCode'] },
    );
    return new Map(petitions.map((p) => [p.id, p.trackingCode]));
  }
}

const toEntry = (r: PersonalDataAccess, trackingCode: string): PersonalDataAccessLogEntryType => ({
  id: r.id,
  at: r.at,
  reader: { id: r.accountId },
  readerUnit: r.unitId ? { id: r.unitId } : null,
  trackingCode,
  kind: r.field,
  occasion: LOOKUPS.includes(r.field) ? 'CALLER_SEARCH' : 'PETITION_READ',
  ip: r.ip ?? null,
});
