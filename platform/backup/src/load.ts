import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { closeOrm, migrate, userOf } from '@tjxf/db-kit';
import { SERVICES, SERVICE_NAMES, type ServiceConnections, type ServiceName } from '@tjxf/launcher';
import { openServiceOrm } from '@tjxf/subgraph-kit';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { tablesOf } from './dump.js';
import type { Manifest } from './manifest.js';

const id = pg.escapeIdentifier;

/**
 * Refuses a backup whose schemas this code cannot make again: each schema's migration history
 * must be the start of the service's own list (a backup from a newer platform is not).
 */
export function checkMigrationsKnown(manifest: Manifest): void {
  for (const [schema, history] of Object.entries(manifest.migrations)) {
    const known = (SERVICES as Partial<typeof SERVICES>)[schema as ServiceName]?.migrations.map((m) => m.name);
    if (!known) throw new Error(`the backup has a schema "${schema}" that no service of this platform owns`);
    const unknown = history.find((name, i) => known[i] !== name);
    if (unknown) {
      throw new Error(
        `the backup's ${schema} schema is at migration ${unknown}, which this platform does not have: ` +
          'restore it with the version of the platform that took it',
      );
    }
  }
}

/**
 * Makes every service's schema as it was when the backup was taken: its own migrations up to
 * the last one recorded (later ones run at the next `npm start`, over the restored rows), then
 * its job queue; then checks each job queue is at the backup's version.
 */
export async function recreateSchemas(connections: ServiceConnections, manifest: Manifest): Promise<void> {
  for (const name of SERVICE_NAMES) {
    const definition = SERVICES[name];
    const { url, migrationUrl } = connections[name];
    const orm = await openServiceOrm(definition, migrationUrl);
    try {
      await migrate(orm, userOf(url), manifest.migrations[name]?.at(-1));
    } finally {
      await closeOrm(orm);
    }
    await definition.afterMigrate?.(migrationUrl, userOf(url));
  }
}

/**
 * Replaces the rows of every table of the backup with the backup's, in one transaction as the
 * superuser, triggers and foreign-key checks off while loading (the rows were consistent when
 * read); then sets every sequence where it was.
 */
export async function loadRows(adminUrl: string, backupDir: string, manifest: Manifest): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const schemas = [...new Set(manifest.tables.map((t) => t.schema))];
    const present = await tablesOf(client, schemas);
    for (const [schema, version] of Object.entries(manifest.jobQueues)) {
      const { rows } = await client.query<{ version: number }>(`select version from ${id(schema)}.version`);
      if (rows[0]?.version !== version) {
        throw new Error(
          `the backup's job queue ${schema} is at version ${version}, this platform's at ${rows[0]?.version}`,
        );
      }
    }
    for (const dump of manifest.tables) {
      const here = present.find((t) => t.schema === dump.schema && t.table === dump.table);
      if (!here || [...here.columns].sort().join() !== [...dump.columns].sort().join()) {
        throw new Error(`the table ${dump.schema}.${dump.table} is not as the backup's migrations make it`);
      }
    }
    if (present.length) {
      await client.query(`truncate ${present.map((t) => `${id(t.schema)}.${id(t.table)}`).join(', ')}`);
    }
    for (const dump of manifest.tables) {
      const target = `${id(dump.schema)}.${id(dump.table)} (${dump.columns.map(id).join(', ')})`;
      await pipeline(
        createReadStream(join(backupDir, dump.file)),
        createGunzip(),
        client.query(copyFrom(`copy ${target} from stdin`)),
      );
    }
    for (const s of manifest.sequences) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [
        `${id(s.schema)}.${id(s.name)}`,
        s.lastValue,
        s.isCalled,
      ]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
