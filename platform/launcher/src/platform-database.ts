import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { EmbeddedCluster, EMBEDDED_CLUSTER_DEFAULTS } from '@tjxf/db-kit';
import type { LauncherConfig } from './config.js';
import { PLATFORM_DATABASE } from './platform.js';

type Log = (line: string) => void;

/** The folder of the embedded PostgreSQL in a platform's data folder (`DATA_DIR`). */
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
 * command on a free port and stopped after.
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
  log(`the platform is stopped: starting its PostgreSQL for this command`);
  const cluster = new EmbeddedCluster({ dataDir: pgDir, port: await freePort() });
  await cluster.start();
  return { url: cluster.url(PLATFORM_DATABASE), close: () => cluster.stop() };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
