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

/** One row of `stats.petition_fact`, as the projector keeps it (column names). */
export interface PetitionRow {
  petition_id: string;
  registered_on: string;
  region_code: string;
  category_code: string;
  channel: string;
  kind: string;
  receiving_unit_id: string | null;
  lead_unit_id: string | null;
  respondent_unit_id: string | null;
  people_involved: number;
  repeat_of_id: string | null;
  skipped_level: boolean;
  legal_channel: boolean;
  status: string;
  outcome: string | null;
  replied_on: string | null;
  replying_unit_id: string | null;
  rating: string | null;
}

const PETITION_COLUMNS: Record<keyof PetitionRow, string> = {
  petition_id: 'uuid',
  registered_on: 'date',
  region_code: 'text',
  category_code: 'text',
  channel: 'text',
  kind: 'text',
  receiving_unit_id: 'uuid',
  lead_unit_id: 'uuid',
  respondent_unit_id: 'uuid',
  people_involved: 'int',
  repeat_of_id: 'uuid',
  skipped_level: 'boolean',
  legal_channel: 'boolean',
  status: 'text',
  outcome: 'text',
  replied_on: 'date',
  replying_unit_id: 'uuid',
  rating: 'text',
};
const columns = Object.keys(PETITION_COLUMNS);
const recordType = Object.entries(PETITION_COLUMNS)
  .map(([name, type]) => `${name} ${type}`)
  .join(', ');

/** The petitions of a page as stored, by id. */
export async function loadPetitions(db: Db, ids: string[]): Promise<Map<string, PetitionRow>> {
  if (!ids.length) return new Map();
  const { rows } = await db.query<PetitionRow>(
    `select ${columns.map((c) => (PETITION_COLUMNS[c as keyof PetitionRow] === 'date' ? `${c}::text as ${c}` : c)).join(', ')}
       from stats.petition_fact where petition_id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.petition_id, r]));
}

/** Writes the petitions a page added or changed, whole rows, in one statement. */
export async function savePetitions(db: Db, rows: PetitionRow[]): Promise<void> {
  if (!rows.length) return;
  await db.query(
    `insert into stats.petition_fact (${columns.join(', ')})
     select ${columns.join(', ')} from jsonb_to_recordset($1::jsonb) as x(${recordType})
     on conflict (petition_id) do update set ${columns
       .filter((c) => c !== 'petition_id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/** The facts of a page's keys as stored, by key. */
export async function loadFacts(db: Db, keys: string[]): Promise<Map<string, KpiFact>> {
  if (!keys.length) return new Map();
  const { rows } = await db.query<KpiFact>(
    `select fact_key as key, kpi, role, unit_id as "unitId", day::text as day, numerator, denominator
       from stats.kpi_fact where fact_key = any($1::text[])`,
    [keys],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

export const sameFact = (a: KpiFact | undefined, b: KpiFact | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.kpi === b.kpi &&
    a.role === b.role &&
    a.unitId === b.unitId &&
    a.day === b.day &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator);

/**
 * Writes the facts a page changed and moves the daily and monthly rollups by the difference
 * (the old value taken out, the new one put in), a few statements per page however many events.
 */
export async function saveFacts(db: Db, changed: { before: KpiFact | undefined; after: KpiFact }[]): Promise<void> {
  if (!changed.length) return;
  await db.query(
    `insert into stats.kpi_fact (fact_key, kpi, role, unit_id, day, numerator, denominator)
     select key, kpi, role, "unitId", day, numerator, denominator
       from jsonb_to_recordset($1::jsonb) as x(key text, kpi text, role text, "unitId" uuid, day date, numerator int, denominator int)
     on conflict (fact_key) do update set kpi = excluded.kpi, role = excluded.role, unit_id = excluded.unit_id,
       day = excluded.day, numerator = excluded.numerator, denominator = excluded.denominator`,
    [JSON.stringify(changed.map((c) => c.after))],
  );
  const deltas = changed.flatMap(({ before, after }) => [
    ...(before ? [{ ...before, numerator: -before.numerator, denominator: -before.denominator }] : []),
    after,
  ]);
  for (const [table, column, date] of [
    ['kpi_day', 'day', 'day'],
    ['kpi_month', 'month', `date_trunc('month', day)::date`],
  ] as const) {
    const source = `select kpi, role, "unitId" as unit_id, ${date} as at, sum(numerator)::int as numerator,
                           sum(denominator)::int as denominator
                      from jsonb_to_recordset($1::jsonb) as x(kpi text, role text, "unitId" uuid, day date, numerator int, denominator int)
                     group by 1, 2, 3, 4`;
    await db.query(
      `insert into stats.${table} (kpi, role, unit_id, ${column}, numerator, denominator)
       select kpi, role, unit_id, at, numerator, denominator from (${source}) d
       on conflict (unit_id, ${column}, kpi, role) do update
         set numerator = ${table}.numerator + excluded.numerator, denominator = ${table}.denominator + excluded.denominator`,
      [JSON.stringify(deltas)],
    );
    // a row taken back to nothing goes, as a rebuild would never write it
    if (deltas.some((d) => d.numerator < 0 || d.denominator < 0))
      await db.query(
        `delete from stats.${table} t using (${source}) d
          where t.unit_id = d.unit_id and t.${column} = d.at and t.kpi = d.kpi and t.role = d.role
            and t.numerator = 0 and t.denominator = 0`,
        [JSON.stringify(deltas)],
      );
  }
}

/** Petitions registered, by day, region, category and channel. */
export interface TrendDelta {
  day: string;
  regionCode: string;
  categoryCode: string;
  channel: string;
  collective: boolean;
  skippedLevel: boolean;
}

/** Adds a page's registrations to the daily and monthly trend rollups. */
export async function saveTrends(db: Db, registered: TrendDelta[]): Promise<void> {
  if (!registered.length) return;
  for (const [table, column, date] of [
    ['trend_day', 'day', 'day'],
    ['trend_month', 'month', `date_trunc('month', day)::date`],
  ] as const)
    await db.query(
      `insert into stats.${table} (${column}, region_code, category_code, channel, count, collective, skipped_level)
       select ${date}, "regionCode", "categoryCode", channel, count(*), count(*) filter (where collective),
              count(*) filter (where "skippedLevel")
         from jsonb_to_recordset($1::jsonb)
           as x(day date, "regionCode" text, "categoryCode" text, channel text, collective boolean, "skippedLevel" boolean)
        group by 1, 2, 3, 4
       on conflict (${column}, region_code, category_code, channel) do update
         set count = ${table}.count + excluded.count, collective = ${table}.collective + excluded.collective,
             skipped_level = ${table}.skipped_level + excluded.skipped_level`,
      [JSON.stringify(registered)],
    );
}
