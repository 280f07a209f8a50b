import pg from 'pg';

const id = pg.escapeIdentifier;

/** A PostgreSQL login role and its password. */
export interface DatabaseRole {
  name: string;
  password: string;
}

/** The two roles of one service's schema. */
export interface SchemaRoles {
  schema: string;
  /** Owns the schema and its tables: runs the migrations and the seeds. */
  owner: DatabaseRole;
  /** What the running service signs in as: reads and writes rows of its own schema, nothing else. */
  runtime: DatabaseRole;
}

/** How one service reaches its schema. */
export interface ServiceConnection {
  /** The running service's connection, as its runtime role. */
  url: string;
  /** The migrations' and seeds' connection, as the schema's owner. */
  migrationUrl: string;
}

/**
 * The companion schema of a service's schema, for its job queue's tables (`petitions_jobs`):
 * the same owner, kept apart so that the service's migrations never see them.
 */
export const jobsSchemaOf = (schema: string): string => `${schema}_jobs`;

/** PostgreSQL's limit on a role's name (NAMEDATALEN - 1); longer names are cut silently. */
const MAX_ROLE_NAME = 63;

/** `url` signed in as another role (same server, same database). */
export function urlAs(url: string, role: DatabaseRole): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role.name);
  parsed.password = encodeURIComponent(role.password);
  return parsed.href;
}

/** The role a URL signs in as (empty if it names none). */
export const userOf = (url: string): string => decodeURIComponent(new URL(url).username);

/** The database a URL names. */
export const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

/** A service's role names: `<prefix>_<schema>` to run, `<prefix>_<schema>_owner` to migrate. */
export function schemaRoleNames(prefix: string, schema: string): { owner: string; runtime: string } {
  const names = { owner: `${prefix}_${schema}_owner`, runtime: `${prefix}_${schema}` };
  if (names.owner.length > MAX_ROLE_NAME) {
    throw new Error(
      `the role name ${names.owner} is longer than PostgreSQL's ${MAX_ROLE_NAME} characters: name the database shorter`,
    );
  }
  return names;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether the user of `url` may create roles (a superuser, or CREATEROLE). */
export async function canCreateRoles(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ may: boolean }>(
      'select rolsuper or rolcreaterole as may from pg_roles where rolname = current_user',
    );
    return rows[0]?.may ?? false;
  });
}

/**
 * Creates the login roles that are missing and sets every role's password, as a user who may
 * create roles. Roles belong to the whole server: one set serves every database named after
 * the same prefix (the test databases copied from one template).
 */
export async function ensureRoles(adminUrl: string, roles: DatabaseRole[]): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const role of roles) {
      const name = id(role.name);
      const password = pg.escapeLiteral(role.password);
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [role.name]);
      // a login and nothing more: CREATE ROLE's defaults (no superuser, no CREATEDB, …)
      if (!exists.rowCount) await client.query(`create role ${name} login password ${password}`);
      else await client.query(`alter role ${name} with login password ${password}`);
    }
  });
}

/**
 * As an administrator of the database (its owner, or a superuser): gives each schema to its
 * owner role (tables made before the roles existed included), with its companion jobs schema
 * ({@link jobsSchemaOf}), lets only the given roles
 * connect, and takes from everyone the default rights to create in `public` or make
 * temporary tables. Idempotent: runs at every start.
 */
export async function provisionSchemas(adminUrl: string, schemas: SchemaRoles[]): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query('revoke all on schema public from public');
    for (const { schema, owner } of schemas) {
      const ownerName = id(owner.name);
      // to hand a schema and its tables to a role one must be able to act as it (a superuser
      // is); the bare ADMIN membership PostgreSQL 16+ gives a role's creator is not enough
      const acts = await client.query<{ is: boolean }>(`select pg_has_role(current_user, $1, 'usage') as is`, [
        owner.name,
      ]);
      if (!acts.rows[0]?.is) await client.query(`grant ${ownerName} to current_user`);
      for (const own of [schema, jobsSchemaOf(schema)]) {
        await client.query(`create schema if not exists ${id(own)} authorization ${ownerName}`);
        await client.query(`alter schema ${id(own)} owner to ${ownerName}`);
        await handOverObjects(client, own, owner.name);
      }
    }
  });
  await restrictDatabase(
    adminUrl,
    schemas.flatMap((s) => [s.owner.name, s.runtime.name]),
  );
}

/**
 * Lets only `roles` connect to the database of `url`, and none of them make temporary tables.
 * Database rights are not copied with CREATE DATABASE … TEMPLATE, so test copies run it too.
 */
export async function restrictDatabase(adminUrl: string, roles: string[]): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const database = id(databaseOf(adminUrl));
    await client.query(`revoke all on database ${database} from public`);
    await client.query(`grant connect on database ${database} to ${roles.map((r) => id(r)).join(', ')}`);
  });
}

/**
 * Tables and sequences that another role made in the schema (a database migrated before the
 * service roles existed) pass to the owner, who could not migrate them otherwise. Indexes
 * and a column's own sequence follow their table.
 */
async function handOverObjects(client: pg.Client, schema: string, owner: string): Promise<void> {
  const { rows } = await client.query<{ name: string; kind: string }>(
    `select c.relname as name, case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
       when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end as kind
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
       and c.relowner <> (select oid from pg_roles where rolname = $2)
       and not (c.relkind = 'S' and exists (
         select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))`,
    [schema, owner],
  );
  for (const { name, kind } of rows) {
    await client.query(`alter ${kind} ${id(schema)}.${id(name)} owner to ${id(owner)}`);
  }
}

/**
 * The statements, run as the schema's owner after its migrations, that let the runtime role
 * read and write the rows of the schema's tables and draw from its sequences, those that
 * later migrations make included (default privileges), and do nothing else: no DDL, no
 * TRUNCATE, no migration history.
 */
export function runtimeGrants(schema: string, runtimeRole: string, migrationsTable: string): string[] {
  const s = id(schema);
  const role = id(runtimeRole);
  return [
    `revoke all on schema ${s} from public`,
    `grant usage on schema ${s} to ${role}`,
    `grant select, insert, update, delete on all tables in schema ${s} to ${role}`,
    `grant usage, select on all sequences in schema ${s} to ${role}`,
    `alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${role}`,
    `alter default privileges in schema ${s} grant usage, select on sequences to ${role}`,
    `revoke all on table ${s}.${id(migrationsTable)} from ${role}`,
  ];
}
