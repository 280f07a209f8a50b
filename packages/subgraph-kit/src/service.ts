import { appEnv, host, loadConfig, pemKey, port, postgresUrl, z } from '@tjxf/config';
import { closeOrm, createOrm, migrate, userOf, type MikroORM, type ServiceOrmOptions } from '@tjxf/db-kit';
import { InternalTokenVerifier, ServiceTokenVerifier } from '@tjxf/tokens';
import type { UnitDirectoryEntry } from '@tjxf/domain';
import type { FastifyInstance } from 'fastify';
import type { BaseContext } from './context.js';
import type { SubgraphSchema } from './schema.js';
import { startSubgraphServer, type RunningSubgraph } from './server.js';

/** What every subgraph reads from its environment. */
export const subgraphConfigShape = {
  APP_ENV: appEnv,
  HOST: host,
  PORT: port(0),
  /** The service's own runtime role: rows of its schema, nothing else. */
  DATABASE_URL: postgresUrl,
  /** The owner of its schema, for `MIGRATE_ON_START`; without it, `DATABASE_URL` migrates. */
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  INTERNAL_TOKEN_PUBLIC_KEY: pemKey,
  /** Services allowed to call this one's `/internal/…` routes: JSON of name → public key (PEM). */
  TRUSTED_SERVICE_KEYS: z
    .string()
    .default('{}')
    .transform((v, ctx) => {
      try {
        return z.record(z.string(), z.string().includes('PUBLIC KEY')).parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of service name → public key (PEM)' });
        return z.NEVER;
      }
    }),
  /** This service's own key for calling other services' internal routes. */
  SERVICE_TOKEN_PRIVATE_KEY: pemKey.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
};

/**
 * A subgraph's configuration schema: the common part plus its own. `<NAME>_DATABASE_URL`
 * and `<NAME>_MIGRATION_DATABASE_URL` win over `DATABASE_URL` and `MIGRATION_DATABASE_URL`,
 * so each service can have its own roles and database in production.
 */
export function subgraphConfigSchema<S extends z.ZodRawShape>(serviceName: string, own: S) {
  const prefix = serviceName.toUpperCase();
  return z.preprocess(
    (env) => {
      const record = env as Record<string, string | undefined>;
      return {
        ...record,
        DATABASE_URL: record[`${prefix}_DATABASE_URL`] ?? record.DATABASE_URL,
        MIGRATION_DATABASE_URL: record[`${prefix}_MIGRATION_DATABASE_URL`] ?? record.MIGRATION_DATABASE_URL,
      };
    },
    z.object({ ...subgraphConfigShape, ...own }),
  );
}

export type SubgraphConfig = z.infer<z.ZodObject<typeof subgraphConfigShape>>;

export interface ServiceParts<TContext extends BaseContext> {
  createContext?: (base: BaseContext) => TContext;
  routes?: (app: FastifyInstance) => void | Promise<void>;
  publicPaths?: string[];
  /** Details added to `/healthz` (e.g. how far the outbox consumers are behind). */
  health?: () => Promise<Record<string, unknown>>;
  /**
   * The service's background rounds by name (the scheduler's, a recount), which the job queue
   * runs each period; tests, whose services run no job queue, call them with their own clock.
   */
  rounds?: Record<string, (now?: Date) => Promise<unknown>>;
  close?: () => Promise<void>;
}

/** Everything the launcher and the test kit need to run a service, in or out of process. */
export interface ServiceDefinition<
  TConfig extends SubgraphConfig = SubgraphConfig,
  TContext extends BaseContext = BaseContext,
> {
  /** The subgraph name in the supergraph, and the PostgreSQL schema of its tables. */
  name: string;
  configSchema: z.ZodType<TConfig>;
  entities: ServiceOrmOptions['entities'];
  migrations: ServiceOrmOptions['migrations'];
  buildSchema(): Promise<SubgraphSchema>;
  setup?(config: TConfig, orm: MikroORM, hooks: RunServiceHooks): Promise<ServiceParts<TContext>>;
  /**
   * Run after the migrations, as the schema's owner (`ownerUrl`): what the service keeps beside
   * its own schema, e.g. its job queue's tables, granted to `runtimeRole`. Idempotent.
   */
  afterMigrate?(ownerUrl: string, runtimeRole: string): Promise<void>;
  /** Reference data every deployment needs (the unit tree, categories). Idempotent. */
  seedReference?(orm: MikroORM, config: TConfig): Promise<void>;
  /**
   * What this service tells the demo seeds of the services after it, once its reference data
   * is in (the units directory, so that the demo petitions go through the real procedure).
   * The launcher passes it on: services still do not read each other's tables.
   */
  lendToSeeds?(orm: MikroORM): Promise<Partial<SeedContext>>;
  /** Demo data (never in production). Idempotent. */
  seedDemo?(orm: MikroORM, config: TConfig, context: SeedContext): Promise<void>;
}

/** What earlier services lent the demo seeds ({@link ServiceDefinition.lendToSeeds}). */
export interface SeedContext {
  /** The units directory, as the units subgraph serves it on `/internal/directory`. */
  unitDirectory?: UnitDirectoryEntry[];
}

export interface RunningService extends RunningSubgraph {
  orm: MikroORM;
  /** The service's background rounds ({@link ServiceParts.rounds}); none for most services. */
  rounds: Record<string, (now?: Date) => Promise<unknown>>;
}

export interface RunServiceHooks {
  onQuery?: (sql: string) => void;
  /**
   * The clock of the procedure's steps, for tests that must let days pass (a hearing, a
   * window); never set in production, where it is the system clock.
   */
  clock?: () => Date;
}

export async function openServiceOrm(
  definition: Pick<ServiceDefinition, 'name' | 'entities' | 'migrations'>,
  databaseUrl: string,
  hooks: RunServiceHooks = {},
): Promise<MikroORM> {
  return createOrm({
    schema: definition.name,
    clientUrl: databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    ...(hooks.onQuery ? { onQuery: hooks.onQuery } : {}),
  });
}

/** Migrates the service's schema as its owner, then grants its runtime role the rows. */
async function migrateService(
  definition: Pick<ServiceDefinition, 'name' | 'entities' | 'migrations' | 'afterMigrate'>,
  config: Pick<SubgraphConfig, 'DATABASE_URL' | 'MIGRATION_DATABASE_URL'>,
): Promise<void> {
  const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
  const orm = await openServiceOrm(definition, ownerUrl);
  try {
    await migrate(orm, userOf(config.DATABASE_URL));
  } finally {
    await closeOrm(orm);
  }
  await definition.afterMigrate?.(ownerUrl, userOf(config.DATABASE_URL));
}

/** Migrates (unless told not to), opens the database and serves the subgraph. */
export async function runService<TConfig extends SubgraphConfig, TContext extends BaseContext>(
  definition: ServiceDefinition<TConfig, TContext>,
  config: TConfig,
  hooks: RunServiceHooks = {},
): Promise<RunningService> {
  if (config.MIGRATE_ON_START === 'true') await migrateService(definition, config);
  const orm = await openServiceOrm(definition, config.DATABASE_URL, hooks);
  try {
    const [{ schema }, parts, verifier, serviceVerifier] = await Promise.all([
      definition.buildSchema(),
      definition.setup?.(config, orm, hooks) ?? Promise.resolve({} as ServiceParts<TContext>),
      InternalTokenVerifier.fromPem(config.INTERNAL_TOKEN_PUBLIC_KEY),
      ServiceTokenVerifier.fromPems(config.TRUSTED_SERVICE_KEYS),
    ]);
    const server = await startSubgraphServer<TContext>({
      name: definition.name,
      schema,
      orm,
      verifier,
      serviceVerifier,
      port: config.PORT,
      host: config.HOST,
      logLevel: config.LOG_LEVEL,
      ...(parts.createContext ? { createContext: parts.createContext } : {}),
      ...(parts.routes ? { routes: parts.routes } : {}),
      ...(parts.publicPaths ? { publicPaths: parts.publicPaths } : {}),
      ...(parts.health ? { health: parts.health } : {}),
    });
    return {
      ...server,
      orm,
      rounds: parts.rounds ?? {},
      close: async () => {
        await server.close();
        await parts.close?.();
        await closeOrm(orm);
      },
    };
  } catch (error) {
    await closeOrm(orm);
    throw error;
  }
}

/** Defaults of {@link serviceMain}. */
export const SERVICE_MAIN_DEFAULTS = {
  /**
   * How long a stopping service gets to finish its requests and background work before it
   * exits anyway; below the launcher's grace period, so that it exits on its own.
   */
  shutdownTimeoutMs: 10_000,
} as const;

/**
 * The `main` of a service process: config from the environment, and a graceful stop on
 * SIGTERM or SIGINT: no new connections, requests in flight finished, the job queue and the
 * outbox delivery stopped where their work is safe to resume, then exit; bounded in time.
 */
export async function serviceMain<TConfig extends SubgraphConfig, TContext extends BaseContext>(
  definition: ServiceDefinition<TConfig, TContext>,
): Promise<void> {
  const config = loadConfig(definition.configSchema);
  const service = await runService(definition, config);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(
        `${definition.name}: not stopped within ${SERVICE_MAIN_DEFAULTS.shutdownTimeoutMs / 1000} s; exiting`,
      );
      process.exit(1);
    }, SERVICE_MAIN_DEFAULTS.shutdownTimeoutMs).unref();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // started by the launcher: stop when it goes away, so no server is left holding a port
  if (process.connected) process.once('disconnect', stop);
}
