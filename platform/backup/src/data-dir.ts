import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { EmbeddedCluster, EMBEDDED_CLUSTER_DEFAULTS } from '@tjxf/db-kit';
import { PLATFORM_DATABASE, type LauncherConfig } from '@tjxf/launcher';

type Log = (line: string) => void;

/** The parts of a platform's data folder (`DATA_DIR`) a backup holds besides the database. */
export const KEYS_FOLDER = 'keys';
export const ATTACHMENTS_FOLDER = 'attachments';
export const POSTGRES_FOLDER = 'postgres';

/** The postmaster serving `pgDir`, from its `postmaster.pid`, if it is alive. */
export async function runningPostmaster(pgDir: string): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined; // a stale file
  }
  return { pid, port };
}

/**
 * The platform's database as a user who may read every schema: `DATABASE_URL` when the platform
 * uses its own PostgreSQL, else the embedded server of `DATA_DIR` — the running one (as its
 * superuser, whose password `EmbeddedCluster` keeps beside the data), or one started for the
 * backup on a free port and stopped after.
 */
export async function openPlatformDatabase(
  config: LauncherConfig,
  log: Log,
): Promise<{ url: string; close(): Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, close: async () => {} };
  const pgDir = join(config.DATA_DIR, POSTGRES_FOLDER);
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    throw new Error(`no platform data in ${config.DATA_DIR}: start it once with npm start, or set DATA_DIR`);
  }
  const running = await runningPostmaster(pgDir);
  if (running) {
    const password = (await readFile(`${pgDir}.password`, 'utf8')).trim();
    const user = EMBEDDED_CLUSTER_DEFAULTS.user;
    log(`reading the running platform's database (PostgreSQL pid ${running.pid})`);
    return {
      url: `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${PLATFORM_DATABASE}`,
      close: async () => {},
    };
  }
  log(`the platform is stopped: starting its PostgreSQL for the backup`);
  const cluster = new EmbeddedCluster({ dataDir: pgDir, port: await freePort() });
  await cluster.start();
  return { url: cluster.url(PLATFORM_DATABASE), close: () => cluster.stop() };
}

/** A time for a file name: `20261130T151200Z`. */
export const compactTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

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
