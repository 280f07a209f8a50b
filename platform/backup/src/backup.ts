import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { LauncherConfig } from '@tjxf/launcher';
import { ATTACHMENTS_FOLDER, compactTime, copyPrivately, KEYS_FOLDER, openPlatformDatabase } from './data-dir.js';
import { dumpDatabase } from './dump.js';
import { BACKUP_FORMAT, MANIFEST_FILE, sha256Of, type BackupFile, type Manifest } from './manifest.js';

type Log = (line: string) => void;

/** Where `npm run backup` writes without `--out`: `backups/` at the root of the project. */
export const DEFAULT_BACKUP_ROOT = new URL('../../../backups', import.meta.url).pathname;

/**
 * Takes one backup of the platform of `config` into a new folder below `out` and returns its
 * path: the database's rows from one snapshot, then the keys and the attachments. The folder is
 * written as `<name>.partial` and renamed when complete, so a backup cut short is never taken
 * for a whole one. Everything in it is readable by its owner only: it holds the keys.
 */
export async function takeBackup(config: LauncherConfig, out: string, log: Log): Promise<string> {
  const createdAt = new Date();
  const name = `tjxf-backup-${compactTime(createdAt)}`;
  const final = join(resolve(out), name);
  const partial = `${final}.partial`;
  await mkdir(resolve(out), { recursive: true, mode: 0o700 });
  await mkdir(partial, { mode: 0o700 });

  const database = await openPlatformDatabase(config, log);
  let dump;
  try {
    dump = await dumpDatabase(database.url, partial);
  } finally {
    await database.close();
  }
  log(`database: ${dump.tables.length} tables, ${dump.tables.reduce((n, t) => n + t.rows, 0)} rows`);
  // after the snapshot, so every file of a petition in it is there (only uploads never
  // attached are removed, after 24 h); newer files come along unnamed by any row, never served
  const keys = await copyPrivately(join(config.DATA_DIR, KEYS_FOLDER), join(partial, KEYS_FOLDER));
  if (!keys.length) throw new Error(`no keys in ${join(config.DATA_DIR, KEYS_FOLDER)}: is DATA_DIR the platform's?`);
  const attachments = await copyPrivately(join(config.DATA_DIR, ATTACHMENTS_FOLDER), join(partial, ATTACHMENTS_FOLDER));
  log(`keys: ${keys.length} files; attachments: ${attachments.length} files`);

  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    createdAt: createdAt.toISOString(),
    ...dump,
    files: await checksums(partial),
  };
  await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  await rename(partial, final);
  return final;
}

async function checksums(dir: string): Promise<BackupFile[]> {
  const files: BackupFile[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.push({ path: relative(dir, path), sha256: await sha256Of(path), bytes: (await stat(path)).size });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
