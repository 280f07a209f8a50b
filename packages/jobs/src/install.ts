import pg from 'pg';
import { PgBoss } from 'pg-boss';

const id = pg.escapeIdentifier;

/**
 * Installs or upgrades the job queue's tables in `schema`, connected as the schema's owner (the
 * role that migrates the service), then lets `runtimeRole` use their rows and functions, and
 * nothing else. Idempotent: runs after the service's migrations at every start. The schema is
 * made where it is missing and the owner may (a development database); a provisioned database
 * has it already (`provisionSchemas` makes `<service>_jobs` for each service).
 */
export async function installJobQueue(ownerUrl: string, schema: string, runtimeRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
    if (!found.rowCount) await client.query(`create schema ${id(schema)}`);
    const boss = new PgBoss({
      connectionString: ownerUrl,
      schema,
      max: 2,
      migrate: true,
      createSchema: false,
      supervise: false,
      schedule: false,
    });
    boss.on('error', () => {}); // start() rejects with the same error
    await boss.start();
    await boss.stop({ graceful: false, close: true });
    const { rows } = await client.query<{ me: string }>('select current_user as me');
    if (rows[0]?.me === runtimeRole) return;
    const s = id(schema);
    const role = id(runtimeRole);
    for (const sql of [
      `grant usage on schema ${s} to ${role}`,
      `grant select, insert, update, delete on all tables in schema ${s} to ${role}`,
      `grant usage, select on all sequences in schema ${s} to ${role}`,
      `grant execute on all functions in schema ${s} to ${role}`,
    ]) {
      await client.query(sql);
    }
  } finally {
    await client.end();
  }
}
