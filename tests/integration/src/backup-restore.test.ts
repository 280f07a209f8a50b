import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedCluster } from '@tjxf/db-kit';
import { consecutiveFreePorts, freePort, gatewayClient, type GatewayClient, type GraphQLResult } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, VIEWER } from './support/accounts.js';
import { DEMO_UNITS, dataOf } from './support/demo.js';
import { onlineInput, submit } from './support/petitions.js';
import { downloadAttachment, PNG, upload } from './support/uploads.js';

/**
 * `npm run backup` and `npm run restore` as an operator runs them (issue 16): a populated
 * platform started by the launcher is backed up while it runs, restored into a fresh data
 * folder, and the launcher started on that folder answers every read as the first did.
 */
const launcherMain = fileURLToPath(import.meta.resolve('@tjxf/launcher')).replace(/index\.js$/, 'main.js');
const backupMain = fileURLToPath(import.meta.resolve('@tjxf/backup')).replace(/index\.js$/, 'main.js');

let root: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tjxf-backup-'));
});

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.pid) killGroup(child.pid, 'SIGKILL');
  await rm(root, { recursive: true, force: true });
});

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((r) => child.once('exit', r));

/** A process of ours with its output; `done` resolves with its exit code. */
function run(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output, done: exited(child) };
}

/** A data folder with ports of its own, for one launcher. */
async function platformEnv(name: string): Promise<Record<string, string>> {
  return {
    DATA_DIR: join(root, name),
    PORT: String(await freePort()),
    SUBGRAPH_BASE_PORT: String(await consecutiveFreePorts(5)),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    // no generated history (issue 12): the backup's figures stay those of the demo data
    DEMO_HISTORY_PETITIONS: '0',
  };
}

/** Starts the launcher and waits until it says the platform is up; the gateway as a client. */
async function launch(env: Record<string, string>) {
  const launcher = run(launcherMain, [], env);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`launcher not up within 150 s:\n${launcher.output()}`)), 150_000);
    launcher.child.stdout!.on('data', () => {
      if (!launcher.output().includes('platform is up')) return;
      clearTimeout(timer);
      resolve();
    });
    void launcher.done.then((code) => reject(new Error(`launcher exited (${code}):\n${launcher.output()}`)));
  });
  return { launcher, client: gatewayClient(`http://127.0.0.1:${env.PORT}/graphql`) };
}

async function stopLauncher(launcher: ReturnType<typeof run>) {
  killGroup(launcher.child.pid!, 'SIGINT');
  await launcher.done;
}

const PETITION = `id trackingCode title status kind
  petitioners { name phone }
  attachments { id fileName sha256 url }
  deadlines { kind ruleSet days dueAt }`;
const OFFICE_LIST =
  '{ petitions(first: 30) { totalCount edges { node { id trackingCode title status petitioners { name } } } } }';
const ONE = `query P($id: ID!) { petition(id: $id) { ${PETITION} } }`;
const UNIT = `query U($id: ID!) { unit(id: $id) { id name ruleSetCode } }`;
const SWITCH = `mutation S($unitId: ID!, $code: String!) { setUnitRuleSet(unitId: $unitId, ruleSetCode: $code) { id ruleSetCode } }`;
const TRACK = `query T($code: String!, $last4: String!) { trackPetition(trackingCode: $code, phoneLast4: $last4) { trackingCode status title } }`;

/** What the API shows of the populated platform: the same before a backup and after its restore. */
async function reads(platform: GatewayClient, seen: { petitionId: string; trackingCode: string; tokens: Tokens }) {
  const { office, admin, staff } = seen.tokens;
  return {
    officeList: await dataOf(platform, office, OFFICE_LIST),
    petition: await dataOf(platform, office, ONE, { id: seen.petitionId }),
    unit: await dataOf(platform, admin, UNIT, { id: DEMO_UNITS.HEXI_ENVIRONMENT }),
    tracking: await dataOf(platform, undefined, TRACK, { code: seen.trackingCode, last4: '8000' }),
    // tokens signed before the backup are verified by the restored platform's keys
    viewerAsStaff: await dataOf(platform, staff, VIEWER),
  };
}

interface Tokens {
  office: string;
  admin: string;
  staff: string;
}

describe('backup and restore (issue 16)', () => {
  it('restores a populated platform into a new data folder that then reads exactly as before', async () => {
    const envA = await platformEnv('a');
    const a = await launch(envA);
    const admin = await a.client.login('admin');
    const uploaded = await upload(`http://127.0.0.1:${envA.PORT}`, { bytes: PNG, name: '现场照片.png' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const photo = uploaded.body.id as string;
    const filed = await submit(
      a.client,
      onlineInput({ attachmentIds: [photo], petitioners: [{ name: '王备份', phone: '13912348000' }] }),
    );
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    const { id: petitionId, trackingCode } = filed.data!.submitPetition.petition;
    const switched = await a.client.graphql(
      SWITCH,
      { unitId: DEMO_UNITS.HEXI_ENVIRONMENT, code: 'tianjin-31530' },
      {
        token: admin,
      },
    );
    expect(switched.errors).toBeUndefined();
    const staff = await createTestAccount(a.client, admin, {
      roles: ['UNIT_HANDLER'],
      unitIds: [DEMO_UNITS.HEXI_HOUSING],
      prefix: 'backup',
    });
    const seen = {
      petitionId,
      trackingCode,
      tokens: { office: await a.client.login('xfb.hexi'), admin, staff: staff.token },
    };
    const before = await reads(a.client, seen);
    expect(JSON.stringify(before.petition)).toContain('王备份');
    expect(before.unit).toMatchObject({ unit: { ruleSetCode: 'tianjin-31530' } });

    // taken while the platform runs, into a folder only its owner may read
    const backups = join(root, 'backups');
    const backup = run(backupMain, ['backup', '--out', backups], envA);
    expect(await backup.done, backup.output()).toBe(0);
    const [folder] = await readdir(backups);
    const taken = join(backups, folder!);
    expect((await stat(taken)).mode & 0o777).toBe(0o700);
    for (const key of await readdir(join(taken, 'keys'))) {
      expect((await stat(join(taken, 'keys', key))).mode & 0o777, key).toBe(0o600);
    }
    await stopLauncher(a.launcher);

    const envB = await platformEnv('b');
    const restore = run(backupMain, ['restore', taken], envB);
    expect(await restore.done, restore.output()).toBe(0);
    const b = await launch(envB);
    const after = await reads(b.client, seen);
    expect(after).toEqual(before);

    // the attachment is there, byte for byte; the staff account signs in with its own password
    const download = await downloadAttachment(b.client, photo, seen.tokens.office);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const signedIn: GraphQLResult<{ login: { accessToken: string } }> = await b.client.graphql(
      'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: staff.username, p: staff.password },
    );
    expect(signedIn.data?.login.accessToken).toBeTruthy();
    await stopLauncher(b.launcher);
  }, 420_000);

  it('refuses to restore into a running platform or over data, and with --force keeps the old data', async () => {
    // the data folder restored by the test above, its PostgreSQL running as under npm start
    const envB = await platformEnv('b');
    const [folder] = await readdir(join(root, 'backups'));
    const taken = join(root, 'backups', folder!);
    const cluster = new EmbeddedCluster({ dataDir: join(envB.DATA_DIR, 'postgres'), port: await freePort() });
    await cluster.start();
    try {
      const intoRunning = run(backupMain, ['restore', taken], envB);
      expect(await intoRunning.done).toBe(1);
      expect(intoRunning.output()).toMatch(/is running \(PostgreSQL pid \d+\): stop it/);
    } finally {
      await cluster.stop();
    }

    const overData = run(backupMain, ['restore', taken], envB);
    expect(await overData.done).toBe(1);
    expect(overData.output()).toContain('already holds a platform');

    const forced = run(backupMain, ['restore', taken, '--force'], envB);
    expect(await forced.done, forced.output()).toBe(0);
    const kept = (await readdir(root)).filter((name) => name.startsWith('b.replaced-'));
    expect(kept).toHaveLength(1);
    expect(await readdir(join(root, kept[0]!))).toEqual(expect.arrayContaining(['keys', 'postgres', 'attachments']));
  }, 180_000);
});
