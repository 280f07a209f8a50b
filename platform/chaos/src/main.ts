// npm run chaos: starts its own platform (the launcher of npm start, on loopback, in a
// temporary data folder), puts a mixed load on it, kills each part with SIGKILL one at a time
// and reports what the clients saw, how soon each part served again, and whether everything
// acknowledged is stored exactly once. Bounded in time; stops by itself. Not part of npm test.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig, z } from '@tjxf/config';
import { consecutiveFreePorts, freePort } from '@tjxf/test-kit';
import { graphql } from './client.js';
import { failuresIn, killAndWatch, TARGETS, type FaultResult } from './faults.js';
import { LauncherProcess } from './launcher-process.js';
import { MixedLoad } from './load.js';
import { report, targetsMet } from './report.js';
import { checkLedger } from './verify.js';

const config = loadConfig(
  z.object({
    /** The parts to kill, in order (default: every subgraph, the gateway, PostgreSQL). */
    CHAOS_PARTS: z
      .string()
      .default(TARGETS.map((t) => t.part).join(','))
      .transform((s) => s.split(',').map((p) => p.trim()))
      .refine((parts) => parts.every((p) => TARGETS.some((t) => t.part === p)), {
        message: `parts are among ${TARGETS.map((t) => t.part).join(', ')}`,
      }),
    /** Load between kills, after the part killed serves again. */
    CHAOS_STEADY_SECONDS: z.coerce.number().min(1).max(120).default(8),
    /** A part not serving again within this is reported as not back. */
    CHAOS_RECOVERY_TIMEOUT_SECONDS: z.coerce.number().min(5).max(300).default(60),
    /** The whole run ends by this, whatever happens. */
    CHAOS_MAX_SECONDS: z.coerce.number().min(60).max(3600).default(900),
    CHAOS_CITIZENS: z.coerce.number().int().min(1).max(64).default(6),
    CHAOS_TRACKERS: z.coerce.number().int().min(0).max(64).default(2),
    CHAOS_OFFICERS: z.coerce.number().int().min(0).max(16).default(2),
    /** Also write the report (Markdown) to this file. */
    CHAOS_REPORT: z.string().optional(),
  }),
);

const started = Date.now();
const dir = await mkdtemp(join(tmpdir(), 'tjxf-chaos-'));
const dataDir = join(dir, 'data');
const port = await freePort();
const gateway = `http://127.0.0.1:${port}`;
const env = {
  DATA_DIR: dataDir,
  PORT: String(port),
  SUBGRAPH_BASE_PORT: String(await consecutiveFreePorts(5)),
  EMBEDDED_PG_PORT: String(await freePort()),
  LOG_LEVEL: 'warn',
};
// the launcher's log outlives the data folder: it tells what each part said while dying and starting
const launcherLog = join(tmpdir(), `${dir.split('/').pop()}-launcher.log`);
const log = (line: string) =>
  console.log(`[chaos ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

let launcher: LauncherProcess | undefined;
const deadline = setTimeout(() => {
  log(`the run took longer than ${config.CHAOS_MAX_SECONDS} s: stopping it`);
  void cleanUp(true).finally(() => process.exit(2));
}, config.CHAOS_MAX_SECONDS * 1000);

/** Stops what is left; the data folder stays when the run failed (its launcher log tells why). */
async function cleanUp(keep = false): Promise<void> {
  launcher?.kill();
  // a postmaster outliving the launcher (killed mid-restart) is stopped from its pid file
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  if (keep) log(`the launcher's log and the data stay in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}

try {
  log(`starting the platform at ${gateway} (data in ${dataDir}; launcher log in ${launcherLog})`);
  launcher = await LauncherProcess.start(env, launcherLog);
  const login = await graphql<{ login: { accessToken: string } }>(
    `${gateway}/graphql`,
    'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: 'xfb.hexi', p: 'Demo#2026' },
  );
  if (!login.ok) throw new Error(`the Hexi petition officer could not sign in: ${login.failure}`);
  const token = login.data!.login.accessToken;

  const marker = `chaos${Date.now().toString(36)}`;
  const load = new MixedLoad(`${gateway}/graphql`, marker, token);
  const shape = { citizens: config.CHAOS_CITIZENS, trackers: config.CHAOS_TRACKERS, officers: config.CHAOS_OFFICERS };
  log(
    `load ${marker}: ${shape.citizens} citizens filing, ${shape.trackers} tracking, ${shape.officers} officers assigning`,
  );
  load.start(shape);
  await sleep(config.CHAOS_STEADY_SECONDS * 1000);
  const before = failuresIn(load.samples, 0, Date.now());

  const kills: { part: string; killedAt: number; restartedAfter: number | null; servingAfter: number | null }[] = [];
  for (const part of config.CHAOS_PARTS) {
    const target = TARGETS.find((t) => t.part === part)!;
    log(`SIGKILL ${part}`);
    const kill = await killAndWatch(launcher, target, gateway, token, config.CHAOS_RECOVERY_TIMEOUT_SECONDS * 1000);
    kills.push({ part, ...kill });
    log(
      kill.servingAfter === null
        ? `${part} did not serve again within ${config.CHAOS_RECOVERY_TIMEOUT_SECONDS} s`
        : `${part} serves again ${kill.servingAfter.toFixed(1)} s after the kill`,
    );
    await sleep(config.CHAOS_STEADY_SECONDS * 1000);
  }
  log('stopping the load (requests under way finish, with their retries)');
  await load.stop();
  const ended = Date.now();
  const results: FaultResult[] = kills.map((k, i) => ({
    part: k.part,
    restartedAfter: k.restartedAfter,
    servingAfter: k.servingAfter,
    ...failuresIn(load.samples, k.killedAt, kills[i + 1]?.killedAt ?? ended),
  }));

  log('checking the database against what the clients were told');
  const adminUrl = `postgresql://postgres:${encodeURIComponent((await readFile(`${join(dataDir, 'postgres')}.password`, 'utf8')).trim())}@127.0.0.1:${env.EMBEDDED_PG_PORT}/tjxf`;
  const ledger = await checkLedger(adminUrl, load);
  const text = report({
    results,
    ledger,
    before,
    abandoned: load.abandoned,
    givenUp: launcher.givenUp,
    shape,
    seconds: (ended - started) / 1000,
  });
  console.log(`\n${text}`);
  if (config.CHAOS_REPORT) await writeFile(config.CHAOS_REPORT, text);
  log('stopping the platform');
  await launcher.stop();
  await cleanUp();
  clearTimeout(deadline);
  process.exit(targetsMet(results, ledger, load.abandoned.length) ? 0 : 1);
} catch (error) {
  log(`the run failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp(true);
  clearTimeout(deadline);
  process.exit(2);
}
