import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

// the platform's database, as the backup, the restore and the history generator reach it
export { POSTGRES_FOLDER, freePort, openPlatformDatabase, runningPostmaster } from '@tjxf/launcher';

/** The parts of a platform's data folder (`DATA_DIR`) a backup holds besides the database. */
export const KEYS_FOLDER = 'keys';
export const ATTACHMENTS_FOLDER = 'attachments';

/** A time for a file name: `20261130T151200Z`. */
export const compactTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Copies the files below `from` to `to`, folders mode 700 and files mode 600 (keys and
 * personal data: no one else may read them); returns their paths relative to `to`.
 */
export async function copyPrivately(from: string, to: string): Promise<string[]> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  if (!existsSync(from)) return [];
  const copied: string[] = [];
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) {
      await mkdir(target, { recursive: true, mode: 0o700 });
    } else if (entry.isFile()) {
      await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
      await copyFile(source, target);
      await chmod(target, 0o600);
      copied.push(relative(to, target));
    }
  }
  return copied;
}
