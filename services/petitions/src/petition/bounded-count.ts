import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { PetitionEntity } from './petition.entity.js';

/** How many rows a condition finds, exactly up to the bound; `capped` when there are more. */
export interface BoundedCount {
  count: number;
  capped: boolean;
}

/**
 * `select count(*) from (select 1 … limit bound + 1)`: PostgreSQL stops reading at the
 * bound, whatever index it walks. Run on a fork, so it may go alongside the page's query.
 */
export async function boundedCount(
  em: EntityManager,
  where: Record<string, unknown>,
  bound: number,
): Promise<BoundedCount> {
  // the platform's driver is PostgreSQL's: its manager builds SQL
  const fork = em.fork() as SqlEntityManager;
  const inner = fork
    .createQueryBuilder(PetitionEntity, 'p')
    .select('p.id')
    .where(where)
    .limit(bound + 1)
    .toQuery();
  const [row] = await fork.execute<{ n: number }[]>(`select count(*)::int as n from (${inner.sql}) as bounded`, [
    ...inner.params,
  ]);
  const found = row?.n ?? 0;
  return { count: Math.min(found, bound), capped: found > bound };
}

/**
 * When the `n`-th newest petition a condition finds was received, or null when it finds fewer:
 * a search ranks what came since, so a common word does not rank every match it has.
 */
export async function newestMatchesSince(
  em: EntityManager,
  where: Record<string, unknown>,
  n: number,
): Promise<Date | null> {
  const fork = em.fork() as SqlEntityManager;
  const [row] = await fork
    .createQueryBuilder(PetitionEntity, 'p')
    .select('p.receivedAt')
    .where(where)
    .orderBy({ receivedAt: 'desc' })
    .offset(n - 1)
    .limit(1)
    .execute<{ receivedAt: Date }[]>();
  return row?.receivedAt ?? null;
}
