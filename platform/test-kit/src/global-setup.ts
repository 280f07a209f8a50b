import { loadConfig, postgresUrl, z } from '@tjxf/config';
import type { TestProject } from 'vitest/node';
import { startTestCluster } from './cluster.js';
import './provided-context.js';

const testConfigSchema = z.object({
  /** Run the tests on this PostgreSQL server instead of an embedded one. */
  TEST_DATABASE_URL: postgresUrl.optional(),
});

/**
 * vitest globalSetup: one embedded PostgreSQL per test run, with the template database.
 * Test files read the server URL with `inject('pgServerUrl')`.
 */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster(loadConfig(testConfigSchema).TEST_DATABASE_URL);
  project.provide('pgServerUrl', cluster.serverUrl);
  return () => cluster.stop();
}
