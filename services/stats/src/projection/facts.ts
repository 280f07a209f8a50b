import type pg from 'pg';

/** What the projections run their SQL on: a client inside the page's transaction. */
export interface Db {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * One counted thing of a KPI (a deadline decided, a petition registered, a reply, a rating),
 * attributed to a unit, a role and a Beijing date, under a key that names it: applying the
 * same event again finds the key and changes nothing (docs/kpis.md).
 */
export interface KpiFact {
  key: string;
  kpi: string;
  /** PETITION_OFFICE, RESPONSIBLE_UNIT, or OWN: the unit's own role, read at query time. */
  role: string;
  unitId: string;
  day: string;
  numerator: number;
  denominator: number;
}

/**
 * Records a fact and keeps the day's and the month's rollups in step, in the caller's
 * transaction. `first`: a fact already recorded stands (a deadline decided once); `replace`:
 * the fact takes the new values (a petition forwarded on to another lead unit) and the rollups
 * move with it.
 */
export async function putFact(db: Db, fact: KpiFact, mode: 'first' | 'replace'): Promise<void> {
  const { rows } = await db.query<Omit<KpiFact, 'key'>>(
    `select kpi, role, unit_id as "unitId", day::text as day, numerator, denominator
       from stats.kpi_fact where fact_key = $1 for update`,
    [fact.key],
  );
  const old = rows[0];
  if (old && (mode === 'first' || sameFact(old, fact))) return;
  if (old) await rollKpi(db, { ...old, key: fact.key }, -1);
  await db.query(
    `insert into stats.kpi_fact (fact_key, kpi, role, unit_id, day, numerator, denominator)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (fact_key) do update set kpi = excluded.kpi, role = excluded.role, unit_id = excluded.unit_id,
       day = excluded.day, numerator = excluded.numerator, denominator = excluded.denominator`,
    [fact.key, fact.kpi, fact.role, fact.unitId, fact.day, fact.numerator, fact.denominator],
  );
  await rollKpi(db, fact, 1);
}

/** A recorded fact, or undefined. */
export async function factOf(db: Db, key: string): Promise<KpiFact | undefined> {
  const { rows } = await db.query<KpiFact>(
    `select fact_key as key, kpi, role, unit_id as "unitId", day::text as day, numerator, denominator
       from stats.kpi_fact where fact_key = $1`,
    [key],
  );
  return rows[0];
}

const sameFact = (a: Omit<KpiFact, 'key'>, b: Omit<KpiFact, 'key'>) =>
  a.kpi === b.kpi &&
  a.role === b.role &&
  a.unitId === b.unitId &&
  a.day === b.day &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator;

/** Adds a fact to (or, `sign` −1, takes it from) its day's and month's rollup rows. */
async function rollKpi(db: Db, fact: KpiFact, sign: 1 | -1): Promise<void> {
  for (const [table, column, date] of [
    ['kpi_day', 'day', '$4::date'],
    ['kpi_month', 'month', `date_trunc('month', $4::date)::date`],
  ] as const) {
    await db.query(
      `insert into stats.${table} (kpi, role, unit_id, ${column}, numerator, denominator)
       values ($1, $2, $3, ${date}, $5, $6)
       on conflict (unit_id, ${column}, kpi, role) do update
         set numerator = ${table}.numerator + excluded.numerator, denominator = ${table}.denominator + excluded.denominator`,
      [fact.kpi, fact.role, fact.unitId, fact.day, sign * fact.numerator, sign * fact.denominator],
    );
    // a row taken back to nothing goes, as a rebuild would never write it
    if (sign < 0)
      await db.query(
        `delete from stats.${table} where unit_id = $3 and ${column} = ${date} and kpi = $1 and role = $2
            and numerator = 0 and denominator = 0`,
        [fact.kpi, fact.role, fact.unitId, fact.day],
      );
  }
}

/** One more petition registered on a day, in its region, category and channel. */
export async function rollTrend(
  db: Db,
  row: {
    day: string;
    regionCode: string;
    categoryCode: string;
    channel: string;
    collective: boolean;
    skippedLevel: boolean;
  },
): Promise<void> {
  for (const [table, column, date] of [
    ['trend_day', 'day', '$1::date'],
    ['trend_month', 'month', `date_trunc('month', $1::date)::date`],
  ] as const)
    await db.query(
      `insert into stats.${table} (${column}, region_code, category_code, channel, count, collective, skipped_level)
       values (${date}, $2, $3, $4, 1, $5, $6)
       on conflict (${column}, region_code, category_code, channel) do update
         set count = ${table}.count + 1, collective = ${table}.collective + excluded.collective,
             skipped_level = ${table}.skipped_level + excluded.skipped_level`,
      [row.day, row.regionCode, row.categoryCode, row.channel, row.collective ? 1 : 0, row.skippedLevel ? 1 : 0],
    );
}
