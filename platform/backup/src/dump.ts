import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { databaseOf, jobsSchemaOf, MIGRATIONS_TABLE } from '@tjxf/db-kit';
import { SERVICE_NAMES } from '@tjxf/launcher';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Manifest, SequenceValue, TableDump } from './manifest.js';

const id = pg.escapeIdentifier;
const qualified = (schema: string, name: string) => `${id(schema)}.${id(name)}`;

/** Where the table files go inside a backup. */
export const DATABASE_FOLDER = 'database';

export type DatabaseDump = Pick<
  Manifest,
  'postgres' | 'database' | 'migrations' | 'jobQueues' | 'tables' | 'sequences'
>;

/** Every service's schema and its job queue's, where they exist. */
export const PLATFORM_SCHEMAS = SERVICE_NAMES.flatMap((name) => [name, jobsSchemaOf(name)]);

/**
 * The rows of every table of the platform's schemas, all read in one REPEATABLE READ
 * transaction so that they belong to one moment, each table streamed with `COPY … TO STDOUT`
 * into `<dir>/database/<schema>.<table>.copy.gz`; with each schema's migration history, the
 * job queues' versions and the sequences' values.
 */
export async function dumpDatabase(url: string, dir: string): Promise<DatabaseDump> {
  await mkdir(join(dir, DATABASE_FOLDER), { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const schemas = (
      await client.query<{ name: string }>('select nspname::text as name from pg_namespace where nspname = any($1)', [
        PLATFORM_SCHEMAS,
      ])
    ).rows.map((r) => r.name);
    const tables: TableDump[] = [];
    for (const { schema, table, columns } of await tablesOf(client, schemas)) {
      const file = join(DATABASE_FOLDER, `${schema}.${table}.copy.gz`);
      const select = `select ${columns.map(id).join(', ')} from ${qualified(schema, table)}`;
      const stream = client.query(copyTo(`copy (${select}) to stdout`));
      await pipeline(stream, createGzip(), createWriteStream(join(dir, file), { mode: 0o600 }));
      tables.push({ schema, table, columns, rows: stream.rowCount, file });
    }
    const dump: DatabaseDump = {
      postgres: (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v,
      database: databaseOf(url),
      migrations: await migrationHistories(client, tables),
      jobQueues: await jobQueueVersions(client, tables),
      tables,
      sequences: await sequencesOf(client, schemas),
    };
    await client.query('commit');
    return dump;
  } finally {
    await client.end();
  }
}

/** The schemas' tables (stored columns), a partitioned table as one (its rows go back through the parent). */
export async function tablesOf(client: pg.Client, schemas: string[]) {
  const { rows } = await client.query<{ schema: string; table: string; columns: string[] }>(
    `select n.nspname::text as schema, c.relname::text as table,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
      group by 1, 2
      order by 1, 2`,
    [schemas],
  );
  return rows;
}

async function migrationHistories(client: pg.Client, tables: TableDump[]): Promise<Record<string, string[]>> {
  const histories: Record<string, string[]> = {};
  for (const { schema } of tables.filter((t) => t.table === MIGRATIONS_TABLE)) {
    const { rows } = await client.query<{ name: string }>(
      `select name from ${qualified(schema, MIGRATIONS_TABLE)} order by id`,
    );
    histories[schema] = rows.map((r) => r.name);
  }
  return histories;
}

async function jobQueueVersions(client: pg.Client, tables: TableDump[]): Promise<Record<string, number>> {
  const versions: Record<string, number> = {};
  const queues = SERVICE_NAMES.map(jobsSchemaOf).filter((s) =>
    tables.some((t) => t.schema === s && t.table === 'version'),
  );
  for (const schema of queues) {
    const { rows } = await client.query<{ version: number }>(`select version from ${qualified(schema, 'version')}`);
    if (rows[0]) versions[schema] = rows[0].version;
  }
  return versions;
}

async function sequencesOf(client: pg.Client, schemas: string[]): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `select n.nspname::text as schema, c.relname::text as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any($1) and c.relkind = 'S'
      order by 1, 2`,
    [schemas],
  );
  const values: SequenceValue[] = [];
  for (const { schema, name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${qualified(schema, name)}`,
    );
    values.push({ schema, name, lastValue: state[0]!.last_value, isCalled: state[0]!.is_called });
  }
  return values;
}
