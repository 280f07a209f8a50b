import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { groupByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';

/**
 * A request's loader of one kind of row by petition, in `orderBy`: one query for every
 * petition asked for at once. `em` is a fork where a row just written elsewhere must show.
 */
export function rowsByPetition<T extends { petition?: { id: string } | null }>(
  loaders: Loaders,
  em: EntityManager,
  name: string,
  entity: EntityName<T>,
  orderBy: QueryOrderMap<T>,
): Loader<string, T[]> {
  return loaders.get<string, T[]>(name, async (ids) => {
    const rows = (await em.find(entity, { petition: { $in: [...ids] } } as FilterQuery<T>, { orderBy })) as T[];
    return groupByKey(ids, rows, (r) => r.petition!.id);
  });
}
