import { createDatabase, dropDatabase } from '@tjxf/db-kit';
import {
  SERVICES,
  databaseUrl,
  generateTestKeys,
  prepareDatabase,
  provisionTestDatabase,
  testEnvironment,
  type ServiceConnections,
} from '@tjxf/test-kit';
import { tmpdir } from 'node:os';
import { openServiceOrm } from '@tjxf/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const server = () => inject('pgServerUrl');
let database: string;
let url: string;
let connections: ServiceConnections;
let envFor: ReturnType<typeof testEnvironment>;
beforeAll(async () => {
  database = `m_${randomBytes(6).toString('hex')}`;
  await createDatabase(server(), database);
  url = databaseUrl(server(), database);
  connections = await provisionTestDatabase(server(), database);
  envFor = testEnvironment({ connections, keys: await generateTestKeys(), attachmentsDir: tmpdir() });
  await prepareDatabase(connections, { demo: true, envFor });
});
afterAll(() => dropDatabase(server(), database));

describe('migrations', () => {
  it.each(Object.keys(SERVICES))('bring the %s schema exactly to its entities', async (name) => {
    const orm = await openServiceOrm(SERVICES[name as keyof typeof SERVICES], url);
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, dropTables: false, schema: name });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
    }
  });

  it('and the demo seed can run again without changing anything', async () => {
    await prepareDatabase(connections, { demo: true, envFor });
    const orm = await openServiceOrm(SERVICES.units, url);
    try {
      const [{ count }] = await orm.em
        .getConnection()
        .execute<{ count: string }[]>(`select count(*) from units.unit where kind = 'REGION' and level = 'DISTRICT'`);
      expect(Number(count)).toBe(16);
      const [{ petitions }] = await orm.em
        .getConnection()
        .execute<{ petitions: string }[]>(`select count(*) as petitions from petitions.petition`);
      expect(Number(petitions)).toBe(5);
    } finally {
      await orm.close();
    }
  });
});
