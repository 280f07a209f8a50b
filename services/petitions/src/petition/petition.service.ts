import { raw, type EntityManager, type EntityName, type InferEntity, type QueryOrderMap } from '@mikro-orm/core';
import { ErrorCode, invalidField, isRegionCode, isUuid, regionScopePrefix, refuse, PetitionStatus } from '@tjxf/domain';
import {
  alignByKey,
  groupByKey,
  pageSize,
  toConnection,
  type Loader,
  type Loaders,
  type PageLimits,
} from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { DeadlineEntity } from '../deadline/deadline.entity.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { recordAccesses, type PersonalDataService } from '../personal-data/personal-data.service.js';
import { callerCondition, callerTerm, LOOKUP_FIELD, type CallerTerm } from '../search/caller-search.js';
import { searchQuery } from '../search/tokens.js';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './cursor.js';
import { PetitionEntity, PetitionHistoryEntity, type Petition } from './petition.entity.js';
import { PetitionerEntity } from './petitioner.entity.js';
import { toDeadlineType, toPetitionType, toTaskType } from './petition.mapper.js';
import { inboxConditions } from './inbox-conditions.js';
import { petitionScope, scopeCondition } from './petition.scope.js';
import { forPetitioner } from './petitioner-view.js';
import type {
  DeadlineType,
  HistoryEntryType,
  PetitionConnectionType,
  PetitionFilterInput,
  PetitionOrder,
  PetitionStatusCountType,
  PetitionType,
} from './petition.type.js';
import { rowsByPetition } from './rows-by-petition.js';
import { boundedCount, searchMatches, type BoundedCount } from './bounded-count.js';
import { LIST_BOUNDS, type ListBounds } from './list-bounds.js';
import {
  EvaluationEntity,
  PetitionDocumentEntity,
  PetitionTaskEntity,
  type PetitionDocument,
} from '../procedure/procedure.entity.js';
import type { EvaluationType, PetitionDocumentType, PetitionTaskType } from '../procedure/procedure.types.js';

/** Defaults of petition lists. */
const PETITION_STATUSES = Object.values(PetitionStatus);

export const PETITION_LIST_DEFAULTS: PageLimits = { pageSize: 20, maxPageSize: 100 };

const petitionPageSize = (first?: number | null) =>
  pageSize(first, PETITION_LIST_DEFAULTS, 'PETITION_PAGE_SIZE_OUT_OF_RANGE');

/** Reads of petitions, always within the viewer's scope; personal data disclosed by role. */
export class PetitionService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
    private readonly personalData: PersonalDataService,
    private readonly cipher: PersonalDataCipher,
    /** What "overdue" is measured against; tests drive it. */
    private readonly clock: () => Date = () => new Date(),
    private readonly lists: ListBounds = LIST_BOUNDS,
  ) {}

  /** A petition the viewer may see; null both when it does not exist and when it is hidden. */
  async get(id: string): Promise<PetitionType | null> {
    return this.byId.load(id);
  }

  get byId(): Loader<string, PetitionType | null> {
    return this.loaders.get('petition.byId', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await this.em.find(PetitionEntity, {
            $and: [{ id: { $in: valid } }, scopeCondition(petitionScope(this.viewer))],
          })
        : [];
      return alignByKey(ids, rows.map(toPetitionType), (p) => p.id);
    });
  }

  /** The viewer's own petitions (a signed-in citizen's "my petitions"). */
  async mine(first?: number | null, after?: string | null): Promise<PetitionConnectionType> {
    if (!this.viewer.accountId) throw refuse(ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED');
    return this.page({ submitterAccountId: this.viewer.accountId }, first, after);
  }

  async list(
    filter: PetitionFilterInput | null | undefined,
    first?: number | null,
    after?: string | null,
    orderBy?: PetitionOrder | null,
  ): Promise<PetitionConnectionType> {
    const where = this.listCondition(filter);
    if (filter?.text?.trim()) return this.find(where, filter.text, first, after);
    if (orderBy === 'URGENCY') return this.byUrgency(where, first, after);
    return this.page(where, first, after);
  }

  /** The petitions a filter finds within the viewer's scope, its search text aside. */
  private listCondition(filter: PetitionFilterInput | null | undefined): Record<string, unknown> {
    const conditions: Record<string, unknown>[] = [scopeCondition(petitionScope(this.viewer))];
    if (filter?.status?.length) conditions.push({ status: { $in: filter.status } });
    if (filter?.unitId) {
      if (!isUuid(filter.unitId)) throw invalidField('filter.unitId', 'INVALID_UNIT_ID');
      conditions.push({ leadUnitId: filter.unitId });
    }
    if (filter?.categoryCode) {
      if (!/^\d{2,6}$/.test(filter.categoryCode)) throw invalidField('filter.categoryCode', 'INVALID_CATEGORY_CODE');
      conditions.push({ categoryCode: { $like: `${filter.categoryCode}%` } });
    }
    if (filter?.regionCode) {
      if (!isRegionCode(filter.regionCode)) throw invalidField('filter.regionCode', 'INVALID_REGION_CODE');
      conditions.push({ regionCode: { $like: `${regionScopePrefix(filter.regionCode)}%` } });
    }
    conditions.push(...inboxConditions(filter, this.viewer, this.clock()));
    return { $and: conditions };
  }

  /**
   * How many of the petitions the filter finds stand at each status (the inbox's counts, issue
   * 10): the filter's own statuses and search text aside, so every status keeps its count.
   */
  async statusCounts(filter: PetitionFilterInput | null | undefined): Promise<PetitionStatusCountType[]> {
    const rest = filter ? { ...filter, status: null, text: null } : null;
    const where = this.listCondition(rest);
    // one count per status, each on the status index within the scope, each stopping at the bound
    const counts = await Promise.all(
      PETITION_STATUSES.map(async (status) => ({
        status,
        ...(await boundedCount(this.em, { $and: [where, { status }] }, this.lists.countBound)),
      })),
    );
    return counts.filter((c) => c.count > 0);
  }

  /** The workbench inbox: the clock that ends first on top (overdue first), then the rest. */
  private async byUrgency(
    where: Record<string, unknown>,
    first?: number | null,
    after?: string | null,
  ): Promise<PetitionConnectionType> {
    const size = petitionPageSize(first);
    const offset = after ? decodeOffsetCursor(after) : 0;
    const [rows, total] = await Promise.all([
      this.em.find(PetitionEntity, where, {
        orderBy: [{ currentDueAt: 'asc nulls last' }, { receivedAt: 'asc' }, { id: 'asc' }],
        limit: size + 1,
        offset,
      }),
      boundedCount(this.em, where, this.lists.countBound),
    ]);
    return connection(rows, size, total, (_, i) => encodeOffsetCursor(offset + i + 1));
  }

  /** Newest first, with a keyset cursor (stable under inserts, no OFFSET scans). */
  private async page(
    where: Record<string, unknown>,
    first?: number | null,
    after?: string | null,
  ): Promise<PetitionConnectionType> {
    const size = petitionPageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    const page = cursor
      ? {
          $and: [
            where,
            {
              $or: [
                { receivedAt: { $lt: cursor.receivedAt } },
                { receivedAt: cursor.receivedAt, id: { $lt: cursor.id } },
              ],
            },
          ],
        }
      : where;
    const [rows, total] = await Promise.all([
      this.em.find(PetitionEntity, page, { orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: size + 1 }),
      boundedCount(this.em, where, this.lists.countBound),
    ]);
    return connection(rows, size, total, encodeCursor);
  }

  /**
   * What staff typed to find a case (issue 10): a tracking code finds that petition; a phone,
   * an ID number or their last four digits find the petitions of that person, as far as the
   * viewer may know who is on them (caller-search.ts); a name finds that person's petitions
   * and, like any other words, the petitions whose text says them. Every look-up by a
   * person's data is recorded in the access log, one entry per petition it showed.
   */
  private async find(
    where: Record<string, unknown>,
    text: string,
    first?: number | null,
    after?: string | null,
  ): Promise<PetitionConnectionType> {
    const term = callerTerm(text, this.cipher);
    if (term?.kind === 'TRACKING_CODE')
      return this.page({ $and: [where, { trackingCode: term.trackingCode }] }, first, after);
    const person = term ? callerCondition(term, this.viewer) : null;
    // a phone or an ID number a role may not look people up by is refused; four digits or
    // a name it may not are searched in the text only
    if ((term?.kind === 'PHONE' || term?.kind === 'ID_NUMBER') && !person) {
      throw refuse(ErrorCode.FORBIDDEN, 'LOOKUP_NOT_ALLOWED', undefined, { field: 'filter.text' });
    }
    const onlyPerson = term?.kind === 'PHONE' || term?.kind === 'ID_NUMBER';
    const found = await this.search(where, text, person, onlyPerson, first, after);
    if (term && person) await this.recordLookup(term, found);
    return found;
  }

  /** The look-up in the access log: who looked for a person, by what, and which petitions it showed. */
  private async recordLookup(term: Exclude<CallerTerm, { kind: 'TRACKING_CODE' }>, found: PetitionConnectionType) {
    if (!this.viewer.accountId || !found.edges.length) return;
    const ids = found.edges.map((e) => e.node.id);
    const shown =
      term.kind === 'NAME'
        ? (
            await this.em.find(PetitionerEntity, { petition: { $in: ids }, name: term.name }, { fields: ['petition'] })
          ).map((p) => p.petition.id)
        : ids;
    await recordAccesses(
      this.em,
      this.viewer,
      [...new Set(shown)].map((petitionId) => ({ field: LOOKUP_FIELD[term.kind], petitionId })),
    );
  }

  /**
   * Full-text search in Chinese: bigram phrases against the GIN-indexed stored search vector,
   * ranked (title above content), within the same scope and filters; with `person`, the
   * petitions of that person too (first), or only those (`onlyPerson`: a phone, an ID number).
   */
  private async search(
    where: Record<string, unknown>,
    text: string,
    person: { sql: (alias: string) => string; params: unknown[] } | null,
    onlyPerson: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<PetitionConnectionType> {
    const query = onlyPerson ? null : searchQuery(text);
    if (!query && !onlyPerson) throw invalidField('filter.text', 'SEARCH_TEXT_REQUIRED');
    const size = petitionPageSize(first);
    const offset = after ? decodeOffsetCursor(after) : 0;
    const vector = (alias: string) => `${alias}.search_vector`;
    const textMatch = (a: string) => `${vector(a)} @@ to_tsquery('simple', ?)`;
    // raw fragments are single-use keys: one per query
    const condition = () =>
      onlyPerson && person
        ? raw((a: string) => person.sql(a), person.params)
        : person
          ? raw((a: string) => `(${textMatch(a)} or (${person.sql(a)}))`, [query, ...person.params])
          : raw(textMatch, [query]);
    const matching = () => ({ $and: [where, { [condition()]: [] }] });
    // a common word matches tens of thousands: only the newest `rankedMatches` are ranked, the
    // rest follow newest first (ranking reads each match's whole search vector: 6 s at a million)
    const found = await searchMatches(this.em, matching(), this.lists.rankedMatches);
    const since = query ? found.since : null;
    // a page within the ranked newest needs only those (an index range rather than every match),
    // unless a person's petitions come first, whatever their age
    const withinRanked = since !== null && !person && offset + size <= this.lists.rankedMatches;
    const rank = (a: string) => `ts_rank_cd(${vector(a)}, to_tsquery('simple', ?))`;
    const ranking = () =>
      query
        ? [
            {
              [since
                ? raw((a: string) => `case when ${a}.received_at >= ? then ${rank(a)} end`, [since, query])
                : raw(rank, [query])]: 'desc nulls last' as const,
            },
          ]
        : [];
    const personFirst = () =>
      person && !onlyPerson ? [{ [raw((a: string) => `(${person.sql(a)})`, person.params)]: 'desc' as const }] : [];
    const rows = await this.em.find(
      PetitionEntity,
      withinRanked ? { $and: [matching(), { receivedAt: { $gte: since } }] } : matching(),
      {
        orderBy: [...personFirst(), ...ranking(), { receivedAt: 'desc' }, { id: 'desc' }],
        limit: size + 1,
        offset,
      },
    );
    const total = { count: Math.min(found.count, this.lists.countBound), capped: found.count > this.lists.countBound };
    return connection(rows, size, total, (_, i) => encodeOffsetCursor(offset + i + 1));
  }

  /** The original of a repeat petition, where the viewer may follow the link (R-P4, R-P12). */
  async repeatOf(petition: PetitionType): Promise<PetitionType | null> {
    if (!petition.repeatOfId) return null;
    return this.personalData.reach(petition, await this.byId.load(petition.repeatOfId));
  }

  private rowsByPetition<T extends { petition?: { id: string } | null }>(
    name: string,
    entity: EntityName<T>,
    orderBy: QueryOrderMap<T>,
  ): Loader<string, T[]> {
    return rowsByPetition(this.loaders, this.em, name, entity, orderBy);
  }

  async history(petition: PetitionType, petitionerView = false): Promise<HistoryEntryType[]> {
    const rows = (await this.historyOf.load(petition.id)).map((h) => ({ ...h, note: h.note ?? null }));
    return rows
      .map((h) => (petitionerView ? forPetitioner(h) : h))
      .filter((h) => h !== null)
      .map((h) => ({
        at: h.at,
        action: h.action,
        fromStatus: h.fromStatus ?? null,
        toStatus: h.toStatus ?? null,
        note: h.note,
        actorId: petitionerView ? null : this.personalData.actor(petition, h.actorId ?? null),
        actorUnitId: h.actorUnitId ?? null,
      }));
  }

  private get historyOf() {
    return this.rowsByPetition<InferEntity<typeof PetitionHistoryEntity>>('petition.history', PetitionHistoryEntity, {
      at: 'asc',
      id: 'asc',
    });
  }

  get deadlinesOf(): Loader<string, DeadlineType[]> {
    return this.loaders.get('petition.deadlines', async (ids) => {
      const rows = await this.em.find(DeadlineEntity, { petition: { $in: [...ids] } }, { orderBy: { startAt: 'asc' } });
      return groupByKey(ids, rows.map(toDeadlineType), (d) => d.petitionId).map((list) =>
        list.map(({ petitionId: _p, ...d }) => d),
      );
    });
  }

  /** The written documents; a petitioner sees only those meant for them. */
  async documentsOf(petitionId: string, petitionerOnly: boolean): Promise<PetitionDocumentType[]> {
    const rows = await this.documentRows.load(petitionId);
    return rows
      .filter((d) => !petitionerOnly || d.visibleToPetitioner)
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        issuedAt: d.issuedAt,
        outcome: d.outcome ?? null,
        facts: d.facts ?? null,
        reasons: d.reasons ?? null,
        legalBasis: d.legalBasis ?? null,
        remedy: d.remedy ?? null,
        text: d.text,
        unitId: d.unitId ?? null,
      }));
  }

  private get documentRows() {
    return this.rowsByPetition<PetitionDocument>('petition.documents', PetitionDocumentEntity, {
      issuedAt: 'asc',
      id: 'asc',
    });
  }

  async evaluationsOf(petitionId: string): Promise<EvaluationType[]> {
    return this.evaluationRows.load(petitionId);
  }

  private get evaluationRows(): Loader<string, EvaluationType[]> {
    return this.loaders.get('petition.evaluations', async (ids) => {
      // a fresh read: an evaluation just written in another unit of work must show
      const rows = await this.em
        .fork()
        .find(EvaluationEntity, { petition: { $in: [...ids] } }, { orderBy: { at: 'asc' } });
      return groupByKey(
        ids,
        rows.map((e) => ({
          petitionId: e.petition.id,
          id: e.id,
          target: e.target,
          rating: e.rating,
          comment: e.comment ?? null,
          at: e.at,
          unitId: e.unitId,
        })),
        (e) => e.petitionId,
      );
    });
  }

  get tasksOf(): Loader<string, PetitionTaskType[]> {
    return this.loaders.get('petition.tasks', async (ids) => {
      const rows = await this.em.find(
        PetitionTaskEntity,
        { petition: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return groupByKey(
        ids,
        rows.map((t) => ({ petitionId: t.petition.id, ...toTaskType(t) })),
        (t) => t.petitionId,
      );
    });
  }
}

/** A page of petitions with its bounded total. */
function connection(
  rows: Petition[],
  size: number,
  total: BoundedCount,
  cursor: (row: Petition, index: number) => string,
): PetitionConnectionType {
  return { ...toConnection(rows, size, total.count, toPetitionType, cursor), totalCountCapped: total.capped };
}
