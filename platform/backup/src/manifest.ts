import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** The shape of a backup this code writes and reads; another is refused. */
export const BACKUP_FORMAT = 'tjxf-backup/1';
export const MANIFEST_FILE = 'manifest.json';

/** One table's rows, as `COPY … TO STDOUT` text, gzipped, in `file`. */
export interface TableDump {
  schema: string;
  table: string;
  /** The stored columns (generated ones are made again by PostgreSQL), in the file's order. */
  columns: string[];
  rows: number;
  file: string;
}

export interface SequenceValue {
  schema: string;
  name: string;
  lastValue: string;
  isCalled: boolean;
}

/** A file of the backup, with its SHA-256: restore checks every one before it changes anything. */
export interface BackupFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The server's `server_version` when the backup was taken. */
  postgres: string;
  database: string;
  /** Each service schema's applied migrations in order: the version its rows belong to. */
  migrations: Record<string, string[]>;
  /** Each job-queue schema's pg-boss schema version. */
  jobQueues: Record<string, number>;
  tables: TableDump[];
  sequences: SequenceValue[];
  /** Everything below the backup folder but the manifest: table files, keys, attachments. */
  files: BackupFile[];
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Reads a backup's manifest and checks every file it lists against its checksum; the first
 * problem stops the restore with what is wrong.
 */
export async function readVerifiedManifest(dir: string): Promise<Manifest> {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new Error(`${dir} is not a backup: it has no ${MANIFEST_FILE}`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new Error(`${dir} is a backup of format ${String(manifest.format)}; this platform reads ${BACKUP_FORMAT}`);
  }
  for (const file of manifest.files) {
    const path = join(dir, file.path);
    if (!existsSync(path)) throw new Error(`the backup is incomplete: ${file.path} is missing`);
    if ((await sha256Of(path)) !== file.sha256) {
      throw new Error(`the backup is damaged: ${file.path} does not match its checksum`);
    }
  }
  return manifest;
}
