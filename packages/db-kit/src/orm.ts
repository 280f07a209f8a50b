import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

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
      migrationsList: options.migrations,
      schema: options.schema,
      tableName: 'mikro_orm_migrations',
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

/** Brings the service's schema to the latest migration. Safe to run on every start. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const done = await orm.migrator.up();
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
