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

/** A search's matches: how many (exactly), and since when the `n` newest were received. */
export interface Matches {
  count: number;
  /** When the `n`-th newest match was received, or null when there are fewer than `n`. */
  since: Date | null;
}

/**
 * A search's matches read once (a materialized CTE): their number and the cut-off of the `n`
 * newest, which the search ranks. At a million petitions a common word's matches are tens of
 * thousands of rows spread over the table; reading them once for the count and again for the
 * cut-off cost twice the 0.8 s of one read.
 */
export async function searchMatches(em: EntityManager, where: Record<string, unknown>, n: number): Promise<Matches> {
  const fork = em.fork() as SqlEntityManager;
  const inner = fork.createQueryBuilder(PetitionEntity, 'p').select('p.receivedAt').where(where).toQuery();
  const [row] = await fork.execute<{ n: number; since: Date | null }[]>(
    `with m as materialized (${inner.sql})
     select count(*)::int as n, (select received_at from m order by received_at desc offset ? limit 1) as since from m`,
    [...inner.params, n - 1],
  );
  return { count: row?.n ?? 0, since: row?.since ?? null };
}
