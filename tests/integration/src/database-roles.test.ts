import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dropDatabase, urlAs, userOf } from '@tjxf/db-kit';
import { SERVICE_NAMES, provisionServiceRoles, serviceRoles, type DatabaseRolePasswords } from '@tjxf/launcher';
import {
  databaseUrl,
  generateTestKeys,
  prepareDatabase,
  startPlatform,
  testEnvironment,
  type ServiceConnections,
  type ServiceName,
  type TestPlatform,
} from '@tjxf/test-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * Least privilege in the database (issue 8, hardening): each service signs in as its own
 * runtime role, which reads and writes the rows of its own schema and nothing else; only the
 * schema's owner role migrates. A flaw in one service (an injection, a stolen connection)
 * then cannot read a reporter's account in identity or drop a table.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

/** A table of each schema, to probe. */
const TABLES: Record<ServiceName, string> = {
  identity: 'identity.account',
  units: 'units.unit',
  petitions: 'petitions.petition',
  officials: 'officials.official',
  stats: 'stats.kpi_weight',
};

type Outcome = { rows: Record<string, unknown>[] } | { code: string; message: string };

/** Runs SQL on a connection of its own as the role of `url`, and says what came of it. */
async function runAs(url: string, ...statements: string[]): Promise<Outcome> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows: Record<string, unknown>[] = [];
    for (const sql of statements) rows = (await client.query(sql)).rows;
    return { rows };
  } catch (error) {
    const { code = '', message } = error as { code?: string; message: string };
    return { code, message };
  } finally {
    await client.end();
  }
}

const runtime = (name: ServiceName) => platform.connections[name].url;
const owner = (name: ServiceName) => platform.connections[name].migrationUrl;
const INSUFFICIENT_PRIVILEGE = '42501';

async function rowCount(table: string, url = platform.databaseUrl): Promise<number> {
  const outcome = await runAs(url, `select count(*)::int as n from ${table}`);
  if (!('rows' in outcome)) throw new Error(outcome.message);
  return outcome.rows[0]!.n as number;
}

function expectDenied(outcome: Outcome, message: RegExp) {
  expect(outcome).toMatchObject({ code: INSUFFICIENT_PRIVILEGE, message: expect.stringMatching(message) });
}

describe('each service reaches PostgreSQL as its own role (issue 8)', () => {
  it.each(SERVICE_NAMES)(
    '%s runs as its own runtime role, which may create no roles, databases or schemas',
    async (name) => {
      const [me] = await platform.services[name].orm.em
        .getConnection()
        .execute<{ name: string }[]>('select current_user as name');
      expect(me!.name).toBe(userOf(runtime(name)));
      expect(me!.name).not.toBe(userOf(owner(name)));
      const outcome = await runAs(
        platform.databaseUrl,
        `select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
         (select count(*)::int from pg_namespace where nspowner = r.oid) as schemas
       from pg_roles r where rolname = '${me!.name}'`,
      );
      expect(outcome).toEqual({
        rows: [{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, schemas: 0 }],
      });
    },
  );

  it('the petitions service cannot read identity.account: permission denied', async () => {
    expectDenied(await runAs(runtime('petitions'), 'select username from identity.account'), /permission denied/);
  });

  it.each(SERVICE_NAMES)('%s can neither read nor change any other service’s schema', async (name) => {
    for (const other of SERVICE_NAMES.filter((n) => n !== name)) {
      const before = await rowCount(TABLES[other]);
      expectDenied(await runAs(runtime(name), `select * from ${TABLES[other]} limit 1`), /permission denied/);
      expectDenied(await runAs(runtime(name), `delete from ${TABLES[other]}`), /permission denied/);
      expect(await rowCount(TABLES[other])).toBe(before);
    }
  });

  it.each(SERVICE_NAMES)('%s reads the rows of its own schema', async (name) => {
    expect(await rowCount(TABLES[name], runtime(name))).toBe(await rowCount(TABLES[name]));
  });

  it('the petitions service writes its rows and draws from its sequences', async () => {
    // in a transaction that ends unfinished with the connection: nothing stays
    const outcome = await runAs(
      runtime('petitions'),
      'begin',
      `insert into petitions.outbox_event (id, type, aggregate_id, occurred_at, payload)
       values (gen_random_uuid(), 'probe', gen_random_uuid(), now(), '{}')`,
      `select count(*)::int as n from petitions.outbox_event where type = 'probe'`,
    );
    expect(outcome).toEqual({ rows: [{ n: 1 }] });
    expect(await rowCount(`petitions.outbox_event where type = 'probe'`)).toBe(0);
  });

  it('the petitions service cannot create, alter, empty or drop tables in its own schema', async () => {
    const petitions = await rowCount('petitions.petition');
    for (const ddl of [
      'create table petitions.probe (id int)',
      'create view petitions.probe as select 1',
      'alter table petitions.petition add column probe int',
      'truncate petitions.petition cascade',
      'drop table petitions.petition cascade',
      'drop schema petitions cascade',
    ]) {
      expectDenied(await runAs(runtime('petitions'), ddl), /permission denied|must be owner/);
    }
    expect(await rowCount('petitions.petition')).toBe(petitions);
  });

  it('the petitions service cannot create anything in public, nor temporary tables', async () => {
    expectDenied(await runAs(runtime('petitions'), 'create table public.probe (id int)'), /permission denied/);
    expectDenied(await runAs(runtime('petitions'), 'create temporary table probe (id int)'), /permission denied/);
  });

  it('the petitions service cannot read or rewrite its migration history', async () => {
    expectDenied(
      await runAs(runtime('petitions'), 'select * from petitions.mikro_orm_migrations'),
      /permission denied/,
    );
    expectDenied(await runAs(runtime('petitions'), 'delete from petitions.mikro_orm_migrations'), /permission denied/);
  });

  it('the owner migrates: a table a later migration makes is the runtime role’s to use, not to drop', async () => {
    const made = await runAs(owner('petitions'), 'create table petitions.probe (id serial primary key, note text)');
    expect(made).toEqual({ rows: [] });
    try {
      const used = await runAs(
        runtime('petitions'),
        `insert into petitions.probe (note) values ('x')`,
        'select count(*)::int as n from petitions.probe',
      );
      expect(used).toEqual({ rows: [{ n: 1 }] });
      expectDenied(await runAs(runtime('petitions'), 'drop table petitions.probe'), /must be owner/);
    } finally {
      await runAs(owner('petitions'), 'drop table petitions.probe');
    }
  });

  it('the owner of one schema cannot read another', async () => {
    expectDenied(await runAs(owner('petitions'), 'select * from identity.account limit 1'), /permission denied/);
    expectDenied(await runAs(owner('petitions'), 'create schema probe'), /permission denied/);
  });
});

describe('the launcher with an external DATABASE_URL (issue 8)', () => {
  const server = () => inject('pgServerUrl');
  const suffix = randomBytes(4).toString('hex');
  const admin = `dbr_admin_${suffix}`;
  const plain = `dbr_plain_${suffix}`;
  const database = `dbr_${suffix}`;
  const older = `dbr_old_${suffix}`;
  const password = randomBytes(12).toString('hex');
  const passwords = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, { owner: `${name}-o-${password}`, runtime: `${name}-r-${password}` }]),
  ) as DatabaseRolePasswords;

  /** Migrates and seeds the reference data with these connections, as the launcher does. */
  async function prepare(connections: ServiceConnections) {
    const envFor = testEnvironment({ connections, keys: await generateTestKeys(), attachmentsDir: tmpdir() });
    await prepareDatabase(connections, { demo: false, envFor });
  }

  beforeAll(async () => {
    const made = await runAs(
      server(),
      `create role ${admin} login createrole password '${password}'`,
      `create role ${plain} login password '${password}'`,
      `create database ${database} owner ${admin}`,
      `create database ${older}`,
    );
    expect(made).toEqual({ rows: [] });
  });
  afterAll(async () => {
    for (const name of [database, older]) await dropDatabase(server(), name);
    const dropped = await runAs(
      server(),
      `do $$ declare r text; begin
         for r in select rolname from pg_roles where starts_with(rolname, 'dbr_') and rolname like '%${suffix}%'
           order by rolname like 'dbr_admin_%' loop
           execute format('drop role %I', r);
         end loop; end $$`,
    );
    expect(dropped).toEqual({ rows: [] });
  });

  it('a user with CREATEROLE that owns the database gets each service its own roles', async () => {
    const url = urlAs(databaseUrl(server(), database), { name: admin, password });
    const connections = (await provisionServiceRoles(url, serviceRoles(database, passwords))) as ServiceConnections;
    await prepare(connections);

    expect(userOf(connections.petitions.url)).toBe(`${database}_petitions`);
    expect(await rowCount('petitions.category', connections.petitions.url)).toBeGreaterThan(0);
    expectDenied(await runAs(connections.petitions.url, 'select * from identity.account'), /permission denied/);
    expectDenied(await runAs(connections.petitions.url, 'create table petitions.probe (id int)'), /permission denied/);
    expectDenied(await runAs(connections.petitions.url, 'create table public.probe (id int)'), /permission denied/);
  }, 120_000);

  it('a user who may not create roles is told what to set instead', async () => {
    const url = urlAs(server(), { name: plain, password });
    await expect(provisionServiceRoles(url, serviceRoles(database, passwords))).rejects.toThrow(
      /may not create roles.*CREATEROLE.*PETITIONS_DATABASE_URL and PETITIONS_MIGRATION_DATABASE_URL/s,
    );
  });

  it('a database migrated by one user before the service roles existed passes to them', async () => {
    const url = databaseUrl(server(), older);
    const asBefore = Object.fromEntries(SERVICE_NAMES.map((name) => [name, { url, migrationUrl: url }]));
    await prepare(asBefore as ServiceConnections);

    const connections = (await provisionServiceRoles(url, serviceRoles(older, passwords))) as ServiceConnections;
    await prepare(connections); // the migrations are done; the seeds run again, as the owner
    const owners = await runAs(
      url,
      `select distinct tableowner as owner from pg_tables where schemaname = 'petitions'`,
    );
    expect(owners).toEqual({ rows: [{ owner: `${older}_petitions_owner` }] });
    expect(await rowCount('petitions.category', connections.petitions.url)).toBeGreaterThan(0);
    expectDenied(await runAs(connections.petitions.url, 'select * from identity.account'), /permission denied/);
  }, 120_000);
});
