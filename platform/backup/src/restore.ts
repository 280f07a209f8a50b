import { existsSync } from 'node:fs';
import { readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createDatabase, EmbeddedCluster } from '@tjxf/db-kit';
import {
  loadOrCreateKeys,
  PLATFORM_DATABASE,
  provisionServiceRoles,
  serviceRoles,
  type LauncherConfig,
  type ServiceConnections,
} from '@tjxf/launcher';
import {
  ATTACHMENTS_FOLDER,
  compactTime,
  copyPrivately,
  freePort,
  KEYS_FOLDER,
  POSTGRES_FOLDER,
  runningPostmaster,
} from './data-dir.js';
import { checkMigrationsKnown, loadRows, recreateSchemas } from './load.js';
import { readVerifiedManifest } from './manifest.js';

type Log = (line: string) => void;

export interface RestoreOptions {
  /** Replace a `DATA_DIR` that holds a platform already; the old one is kept beside it. */
  force: boolean;
}

/**
 * Restores a backup into the `DATA_DIR` of a stopped platform: checks every file of the backup,
 * builds the new data folder beside the target (keys, attachments, an embedded PostgreSQL with
 * the schemas at the backup's migrations and its rows) and only then puts it in place. A
 * running platform is never touched, nor one holding data unless `force` (it is then moved to
 * `<DATA_DIR>.replaced-<time>`, not deleted). Returns where the old data went, if anywhere.
 */
export async function restoreBackup(
  config: LauncherConfig,
  backupDir: string,
  { force }: RestoreOptions,
  log: Log,
): Promise<string | undefined> {
  if (config.DATABASE_URL) {
    throw new Error(
      'restore rebuilds the embedded PostgreSQL of DATA_DIR; with DATABASE_URL set the platform uses another ' +
        'database: unset DATABASE_URL to restore into DATA_DIR',
    );
  }
  const manifest = await readVerifiedManifest(resolve(backupDir));
  checkMigrationsKnown(manifest);
  log(`backup of ${manifest.createdAt}: ${manifest.files.length} files, checksums verified`);

  const target = resolve(config.DATA_DIR);
  const running = await runningPostmaster(join(target, POSTGRES_FOLDER));
  if (running) {
    throw new Error(
      `the platform in ${target} is running (PostgreSQL pid ${running.pid}): stop it (Ctrl-C where npm start ` +
        'runs) before restoring into it',
    );
  }
  const occupied = existsSync(target) && (await readdir(target)).length > 0;
  if (occupied && !force) {
    throw new Error(
      `${target} already holds a platform's data: restore into another DATA_DIR, or pass --force to replace it ` +
        `(the old data is then kept as ${target}.replaced-<time>)`,
    );
  }

  const staging = `${target}.restoring`;
  await rm(staging, { recursive: true, force: true }); // left by a restore that failed
  await copyPrivately(join(backupDir, KEYS_FOLDER), join(staging, KEYS_FOLDER));
  await copyPrivately(join(backupDir, ATTACHMENTS_FOLDER), join(staging, ATTACHMENTS_FOLDER));
  const keys = await loadOrCreateKeys(join(staging, KEYS_FOLDER));

  const cluster = new EmbeddedCluster({ dataDir: join(staging, POSTGRES_FOLDER), port: await freePort() });
  log('making the database again in a new embedded PostgreSQL');
  await cluster.start();
  try {
    await createDatabase(cluster.url(), PLATFORM_DATABASE);
    const adminUrl = cluster.url(PLATFORM_DATABASE);
    const connections = (await provisionServiceRoles(
      adminUrl,
      serviceRoles(PLATFORM_DATABASE, keys.databaseRoles),
    )) as ServiceConnections;
    await recreateSchemas(connections, manifest);
    await loadRows(adminUrl, backupDir, manifest);
    log(`database: ${manifest.tables.length} tables, ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows loaded`);
  } finally {
    await cluster.stop();
  }

  let replaced: string | undefined;
  if (occupied) {
    replaced = `${target}.replaced-${compactTime(new Date())}`;
    await rename(target, replaced);
  } else if (existsSync(target)) {
    await rmdir(target);
  }
  await rename(staging, target);
  return replaced;
}
