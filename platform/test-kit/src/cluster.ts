import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createHmac } from 'node:crypto';
import { createDatabase, EmbeddedCluster, restrictDatabase } from '@tjxf/db-kit';
import {
  SERVICE_NAMES,
  prepareDatabase,
  provisionServiceRoles,
  roleConnections,
  serviceRoles,
  type DatabaseRolePasswords,
  type ServiceConnections,
} from '@tjxf/launcher';
import { generateTestKeys, testEnvironment } from './environment.js';

/** The database every test platform is copied from: migrated, with the demo data. */
export const TEMPLATE_DATABASE = 'tjxf_template';

/**
 * The services' test roles (`tjxf_test_petitions`, `tjxf_test_petitions_owner`, …). Roles
 * belong to the server and grants are copied with the template, so every test database of a
 * server uses the same roles, with the same passwords.
 */
export const TEST_ROLE_PREFIX = 'tjxf_test';

/**
 * The test roles' passwords, derived from the server's URL, i.e. from its superuser's
 * password: made anew with each test server, the same in every test file.
 */
function testRoles(serverUrl: string) {
  const derive = (label: string) => createHmac('sha256', serverUrl).update(label).digest('base64url');
  const passwords = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, { owner: derive(`${name} owner`), runtime: derive(`${name} runtime`) }]),
  ) as DatabaseRolePasswords;
  return serviceRoles(TEST_ROLE_PREFIX, passwords);
}

/**
 * Makes the test roles if they are missing and hands them their schemas in a new database
 * of the server, as the launcher does: what {@link prepareDatabase} then migrates with.
 */
export async function provisionTestDatabase(serverUrl: string, database: string): Promise<ServiceConnections> {
  return (await provisionServiceRoles(databaseUrl(serverUrl, database), testRoles(serverUrl))) as ServiceConnections;
}

/** The test roles' connections to a copy of the template, the only roles it lets in. */
export async function copyConnections(serverUrl: string, database: string): Promise<ServiceConnections> {
  const url = databaseUrl(serverUrl, database);
  const roles = testRoles(serverUrl);
  // database rights are not copied with the template
  await restrictDatabase(
    url,
    Object.values(roles).flatMap((r) => [r.owner.name, r.runtime.name]),
  );
  return roleConnections(url, roles) as ServiceConnections;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TestCluster {
  /** URL of the server's maintenance database, for creating test databases. */
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * For a test run (vitest globalSetup): an embedded PostgreSQL in a temporary folder, not
 * durable (fast), with the template database ready. Honours TEST_DATABASE_URL to use an
 * existing server instead.
 */
export async function startTestCluster(existingServerUrl?: string): Promise<TestCluster> {
  if (existingServerUrl) {
    await prepareTemplate(existingServerUrl);
    return { serverUrl: existingServerUrl, stop: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), 'tjxf-test-pg-'));
  const cluster = new EmbeddedCluster({
    dataDir: join(dir, 'postgres'),
    port: await freePort(),
    durable: false,
    maxConnections: 400,
  });
  await cluster.start();
  await prepareTemplate(cluster.url());
  return {
    serverUrl: cluster.url(),
    stop: async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function prepareTemplate(serverUrl: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  } finally {
    await client.end();
  }
  await createDatabase(serverUrl, TEMPLATE_DATABASE);
  const connections = await provisionTestDatabase(serverUrl, TEMPLATE_DATABASE);
  const envFor = testEnvironment({ connections, keys: await generateTestKeys(), attachmentsDir: tmpdir() });
  await prepareDatabase(connections, { demo: true, envFor });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}
