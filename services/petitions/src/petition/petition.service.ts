import type { EntityManager } from '@mikro-orm/core';
import { badInput, isUuid } from '@tjxf/domain';
import { alignByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { decodeCursor, encodeCursor } from './cursor.js';
import { PetitionEntity, type Petition } from './petition.entity.js';
import { petitionScope, scopeCondition } from './petition.scope.js';
import type { PetitionConnectionType, PetitionFilterInput, PetitionType } from './petition.type.js';

/** Defaults of petition lists. */
export const PETITION_LIST_DEFAULTS = { pageSize: 20, maxPageSize: 100 } as const;

export class PetitionService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
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

  async list(
    filter: PetitionFilterInput | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<PetitionConnectionType> {
    const size = first ?? PETITION_LIST_DEFAULTS.pageSize;
    if (size < 1 || size > PETITION_LIST_DEFAULTS.maxPageSize) {
      throw badInput('first', `Ask for 1 to ${PETITION_LIST_DEFAULTS.maxPageSize} petitions at a time.`);
    }
    if (filter?.unitId && !isUuid(filter.unitId)) throw badInput('filter.unitId', 'Not a valid unit id.');
    const where = {
      $and: [
        scopeCondition(petitionScope(this.viewer)),
        filter?.status?.length ? { status: { $in: filter.status } } : {},
        filter?.unitId ? { leadUnitId: filter.unitId } : {},
      ],
    };
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
    const [rows, totalCount] = await Promise.all([
      this.em.find(PetitionEntity, page, { orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: size + 1 }),
      this.em.fork().count(PetitionEntity, where),
    ]);
    const nodes = rows.slice(0, size).map(toPetitionType);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }
}

export function toPetitionType(p: Petition): PetitionType {
  return {
    id: p.id,
    trackingCode: p.trackingCode,
    status: p.status,
    kind: p.kind,
    channel: p.channel,
    categoryCode: p.categoryCode,
    regionCode: p.regionCode,
    title: p.title,
    content: p.content,
    receivedAt: p.receivedAt,
    leadUnitId: p.leadUnitId ?? null,
  };
}
