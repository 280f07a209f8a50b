import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { runtimeGrants } from './database-roles.js';

/** The table of a schema's migration history, inside the schema. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** Defaults of {@link createOrm}. */
export const ORM_DEFAULTS = {
  /** Connections per service instance; 5 services share one server in the demo. */
  poolMax: 10,
} as const;

export interface ServiceOrmOptions {
  /** The service's own PostgreSQL schema; no service reads another's. */
  schema: string;
  clientUrl: string;
  entities: NonNullable<Options['entities']>;
  /** Migration classes, in order (bundled, so built code needs no file discovery). */
  migrations: Constructor<Migration>[];
  poolMax?: number;
  /** Called with every SQL statement: query counting in tests, tracing later. */
  onQuery?: (sql: string) => void;
  /** Where `migration:create` writes new migrations (development only). */
  migrationsPath?: string;
}

/** One MikroORM instance for one service, on its own schema and its own migration history. */
export async function createOrm(options: ServiceOrmOptions): Promise<MikroORM> {
  const onQuery = options.onQuery;
  return MikroORM.init({
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: withoutOwnSchemaCreation(options.migrations, options.schema),
      schema: options.schema,
      tableName: MIGRATIONS_TABLE,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
      ...(options.migrationsPath ? { path: options.migrationsPath } : {}),
    },
    pool: { min: 0, max: options.poolMax ?? ORM_DEFAULTS.poolMax },
    forceUtcTimezone: true,
    ensureDatabase: false,
    allowGlobalContext: false,
    colors: false,
    dataloader: true,
    discovery: { warnWhenNoEntities: false },
    ...(onQuery ? { onQuery: (sql: string) => (onQuery(sql), sql) } : {}),
  });
}

/**
 * The migrations without the `create schema if not exists` of the service's own schema that
 * MikroORM writes into a first migration: {@link migrate} makes the schema where it is
 * missing, and the schema's owner role may not create schemas (PostgreSQL checks that right
 * before it sees that the schema exists). Names stay those of the classes, as recorded.
 */
function withoutOwnSchemaCreation(migrations: Constructor<Migration>[], schema: string) {
  const redundant = `create schema if not exists "${schema}";`;
  return migrations.map((migration) => {
    // typed by the one method it changes: TypeScript refuses a class expression over an abstract one
    const Base = migration as Constructor<{ getQueries(): ReturnType<Migration['getQueries']> }>;
    class WithoutSchemaCreation extends Base {
      override getQueries() {
        return super.getQueries().filter((query) => typeof query !== 'string' || query.trim() !== redundant);
      }
    }
    return { name: migration.name, class: WithoutSchemaCreation as Constructor<Migration> };
  });
}

/**
 * Brings the service's schema to the latest migration, connected as the schema's owner; then,
 * if the service runs as another role (`runtimeRole`), lets that role use the schema's rows
 * ({@link runtimeGrants}). Safe to run on every start. `to` stops at that migration (a restore
 * recreates a backup's schema as it was, then loads its rows).
 */
export async function migrate(orm: MikroORM, runtimeRole?: string, to?: string): Promise<string[]> {
  const schema = orm.config.get('schema') ?? 'public';
  const connection = orm.em.getConnection();
  // the owner of a provisioned schema may not create schemas (CREATE schema if not exists
  // checks that right first), so only where it is missing
  const found = await connection.execute('select 1 from pg_namespace where nspname = ?', [schema]);
  if (!found.length) await connection.execute(`create schema "${schema}"`);
  const done = await orm.migrator.up(to ? { to } : undefined);
  if (runtimeRole) {
    const [me] = await connection.execute<{ name: string }[]>('select current_user as name');
    if (me?.name !== runtimeRole) {
      for (const sql of runtimeGrants(schema, runtimeRole, MIGRATIONS_TABLE)) await connection.execute(sql);
    }
  }
  return done.map((m) => m.name);
}

export type { MikroORM };

/**
 * Closes the ORM, giving up after a while: with MikroORM 7.2.1 a query that failed while
 * another ran on the same EntityManager can leave the pool's end() waiting forever, which
 * must not hold a shutdown or a seed run hostage.
 */
export async function closeOrm(orm: MikroORM, timeoutMs = 5_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    orm.close(true),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}
