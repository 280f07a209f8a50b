import type { EntityManager } from '@mikro-orm/core';
import { invalidField, isRegionCode, isUuid, regionScopePrefix } from '@tjxf/domain';
import { alignByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';
import { OfficialEntity } from './official.entity.js';
import { toOfficialType } from './official.mapper.js';
import type { OfficialFilterInput, OfficialType } from './official.type.js';

export const OFFICIAL_LIST_DEFAULTS = { max: 200 } as const;

export class OfficialService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  async list(filter: OfficialFilterInput | null | undefined): Promise<OfficialType[]> {
    const where: Record<string, unknown> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.regionCode) {
      if (!isRegionCode(filter.regionCode)) throw invalidField('filter.regionCode', 'INVALID_REGION_CODE');
      where.regionCode = { $like: `${regionScopePrefix(filter.regionCode)}%` };
    }
    const rows = await this.em.find(OfficialEntity, where, {
      orderBy: { kind: 'asc', regionCode: 'asc', name: 'asc' },
      limit: OFFICIAL_LIST_DEFAULTS.max,
    });
    return rows.map(toOfficialType);
  }

  get byId(): Loader<string, OfficialType | null> {
    return this.loaders.get('official.byId', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await this.em.find(OfficialEntity, { id: { $in: valid } }) : [];
      return alignByKey(ids, rows.map(toOfficialType), (o) => o.id);
    });
  }
}
