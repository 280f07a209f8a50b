import type { EntityManager } from '@mikro-orm/core';
import { type UnitKind, invalidField, isUuid, type UnitLevel } from '@tjxf/domain';
import { alignByKey, groupByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';
import { UnitEntity } from './unit.entity.js';
import { toUnitType } from './unit.mapper.js';
import type { UnitType } from './unit.type.js';

export interface UnitListFilter {
  parentId?: string | null;
  level?: UnitLevel | null;
  kind?: UnitKind | null;
}

/** Reads of the unit tree. Every read is public (citizens pick their region from it). */
export class UnitService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  /** Children of a unit, or all units of a level (and kind), or the roots when neither is given. */
  async list(filter: UnitListFilter): Promise<UnitType[]> {
    if (filter.parentId && !isUuid(filter.parentId)) throw invalidField('parentId', 'INVALID_UNIT_ID');
    const where: Record<string, unknown> = {};
    if (filter.parentId) where.parent = filter.parentId;
    if (filter.level) where.level = filter.level;
    if (filter.kind) where.kind = filter.kind;
    if (!filter.parentId && !filter.level) where.parent = null;
    const rows = await this.em.find(UnitEntity, where, { orderBy: { sortOrder: 'asc', code: 'asc', name: 'asc' } });
    return rows.map(toUnitType);
  }

  async get(id: string): Promise<UnitType | null> {
    return this.byId.load(id);
  }

  get byId(): Loader<string, UnitType | null> {
    return this.loaders.get<string, UnitType | null>('unit.byId', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await this.em.find(UnitEntity, { id: { $in: valid } }) : [];
      return alignByKey(ids, rows.map(toUnitType), (u) => u.id);
    });
  }

  get childrenOf(): Loader<string, UnitType[]> {
    return this.loaders.get<string, UnitType[]>('unit.childrenOf', async (ids) => {
      const rows = await this.em.find(
        UnitEntity,
        { parent: { $in: [...ids] } },
        { orderBy: { sortOrder: 'asc', code: 'asc', name: 'asc' } },
      );
      return groupByKey(ids, rows.map(toUnitType), (u) => u.parentId!);
    });
  }
}
