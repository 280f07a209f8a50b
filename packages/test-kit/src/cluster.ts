import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createDatabase, EmbeddedCluster } from '@tjxf/db-kit';
import { prepareDatabase } from '@tjxf/launcher';
import { generateTestKeys, testEnvironment } from './environment.js';

/** The database every test platform is copied from: migrated, with the demo data. */
export const TEMPLATE_DATABASE = 'tjxf_template';

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
  const url = databaseUrl(serverUrl, TEMPLATE_DATABASE);
  const envFor = testEnvironment({ databaseUrl: url, keys: await generateTestKeys(), attachmentsDir: tmpdir() });
  await prepareDatabase(url, { demo: true, envFor });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}
