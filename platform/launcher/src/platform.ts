import { join } from 'node:path';
import { createDatabase, databaseOf, EmbeddedCluster, userOf } from '@tjxf/db-kit';
import { givenServiceConnections, type LauncherConfig } from './config.js';
import { childPart } from './children.js';
import { provisionServiceRoles, serviceDatabaseVariables, serviceRoles } from './database.js';
import { seedDemoHistory } from './history.js';
import { loadOrCreateKeys, type PlatformKeys } from './keys.js';
import {
  SERVICES,
  SERVICE_NAMES,
  prepareDatabase,
  serviceCallEnvironment,
  type ServiceConnections,
  type ServiceName,
} from './services.js';
import type { Part, Supervisor, SupervisorLog } from './supervisor.js';

export const PLATFORM_DATABASE = 'tjxf';

export interface RunningPlatform {
  url: string;
}

/** The name of the embedded PostgreSQL among the supervised parts. */
export const POSTGRES_PART = 'postgres';

/**
 * The order the platform stops in: the gateway (no new requests reach the subgraphs), then the
 * subgraphs, then PostgreSQL. Pass it to the supervisor's `stop`, also while starting.
 */
export const STOP_ORDER = [['gateway'], SERVICE_NAMES, [POSTGRES_PART]];

/**
 * Brings the whole platform up (database, migrations, demo data, subgraphs, gateway) under
 * `supervisor`, which keeps it up: a part that crashes is started again. If it fails, the
 * caller stops what started ({@link STOP_ORDER}).
 */
export async function startPlatform(
  config: LauncherConfig,
  supervisor: Supervisor,
  log: SupervisorLog,
): Promise<RunningPlatform> {
  const keys = await loadOrCreateKeys(join(config.DATA_DIR, 'keys'));
  const given = givenServiceConnections(config);
  const unpaired = SERVICE_NAMES.filter((name) => !given[name]);
  let adminUrl = config.DATABASE_URL;
  if (!adminUrl && unpaired.length) {
    const cluster = new EmbeddedCluster({
      dataDir: join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      log: (line) =>
        /FATAL|PANIC|ERROR|orphan|granted|initialising/.test(line) && !/administrator command/.test(line)
          ? log.info(`postgres: ${line}`)
          : undefined,
      stopOnSignals: false, // the launcher stops it last, after the services that use it
    });
    log.info(`starting the embedded PostgreSQL (data in ${join(config.DATA_DIR, 'postgres')})`);
    await supervisor.start(clusterPart(cluster));
    await createDatabase(cluster.url(), PLATFORM_DATABASE);
    adminUrl = cluster.url(PLATFORM_DATABASE);
  }
  // roles named after the database, so that platforms on other databases of one server
  // keep theirs
  const made = adminUrl
    ? await provisionServiceRoles(adminUrl, serviceRoles(databaseOf(adminUrl), keys.databaseRoles, unpaired))
    : {};
  const connections = { ...made, ...given } as ServiceConnections;
  for (const name of Object.keys(given) as ServiceName[]) {
    if (userOf(given[name]!.url) === userOf(given[name]!.migrationUrl)) {
      log.info(`warning: ${name} runs as the owner of its schema; give it a role of its own (README, Configuration)`);
    }
  }
  const { envFor, baseUrls } = serviceEnvironment(config, keys, connections);
  log.info(
    config.SEED_DEMO
      ? 'migrating and seeding the Tianjin reference and demo data'
      : 'migrating and seeding reference data',
  );
  await prepareDatabase(connections, { demo: config.SEED_DEMO, envFor });
  if (config.SEED_DEMO && config.DEMO_HISTORY_PETITIONS)
    await seedDemoHistory(connections, keys, config.DEMO_HISTORY_PETITIONS, (line) => log.info(line));

  const names = Object.keys(SERVICES) as ServiceName[];
  const urls = {} as Record<ServiceName, string>;
  await Promise.all(
    names.map((name, i) => {
      const port = config.SUBGRAPH_BASE_PORT + i;
      urls[name] = `http://${config.HOST}:${port}/graphql`;
      return supervisor.start(
        childPart({
          name,
          packageName: `@tjxf/${name}`,
          env: { ...envFor(name), PORT: String(port), MIGRATE_ON_START: 'false' },
          healthUrl: new URL('/healthz', urls[name]).href,
        }),
      );
    }),
  );

  const url = `http://${config.HOST}:${config.PORT}`;
  await supervisor.start(
    childPart({
      name: 'gateway',
      packageName: '@tjxf/gateway',
      env: {
        ...NO_DATABASE,
        APP_ENV: config.APP_ENV,
        HOST: config.HOST,
        LOG_LEVEL: config.LOG_LEVEL,
        APOLLO_TELEMETRY_DISABLED: 'true',
        PORT: String(config.PORT),
        INTERNAL_TOKEN_PRIVATE_KEY: keys.internal.privateKey,
        ...serviceCallEnvironment('gateway', keys.services, baseUrls),
        ...Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_URL`, urls[name]])),
      },
      // the gateway is alive when /livez answers; its /healthz is 503 while a subgraph is down
      healthUrl: `${url}/livez`,
    }),
  );
  return { url };
}

/**
 * The launcher's database variables, unset for its children (which inherit its environment):
 * a service gets only its runtime role's URL, the gateway none.
 */
const NO_DATABASE: Record<string, undefined> = Object.fromEntries(
  [
    'DATABASE_URL',
    'MIGRATION_DATABASE_URL',
    ...SERVICE_NAMES.flatMap((n) => Object.values(serviceDatabaseVariables(n))),
  ].map((v) => [v, undefined]),
);

/** Each service's environment: the common part and only the secrets that service needs. */
function serviceEnvironment(config: LauncherConfig, keys: PlatformKeys, connections: ServiceConnections) {
  const common = {
    ...NO_DATABASE,
    APP_ENV: config.APP_ENV,
    HOST: config.HOST,
    LOG_LEVEL: config.LOG_LEVEL,
    APOLLO_TELEMETRY_DISABLED: 'true',
    INTERNAL_TOKEN_PUBLIC_KEY: keys.internal.publicKey,
  };
  const names = Object.keys(SERVICES) as ServiceName[];
  const baseUrls = Object.fromEntries(
    names.map((name, i) => [name, `http://${config.HOST}:${config.SUBGRAPH_BASE_PORT + i}`]),
  ) as Record<ServiceName, string>;
  const own: Partial<Record<ServiceName, Record<string, string>>> = {
    identity: { ACCESS_TOKEN_PRIVATE_KEY: keys.access.privateKey, ACCESS_TOKEN_PUBLIC_KEY: keys.access.publicKey },
    petitions: {
      PII_ENCRYPTION_KEY: keys.personalData.encryptionKey,
      PII_HASH_KEY: keys.personalData.hashKey,
      ATTACHMENTS_DIR: join(config.DATA_DIR, 'attachments'),
    },
  };
  const envFor = (name: ServiceName): Record<string, string | undefined> => ({
    ...common,
    DATABASE_URL: connections[name].url,
    ...own[name],
    ...serviceCallEnvironment(name, keys.services, baseUrls),
  });
  return { envFor, baseUrls };
}

/** The embedded PostgreSQL as a supervised part: started again on its data after a crash. */
function clusterPart(cluster: EmbeddedCluster): Part {
  return {
    name: POSTGRES_PART,
    async start() {
      await cluster.start();
      return { pid: cluster.pid, exited: cluster.exited, stop: () => cluster.stop() };
    },
  };
}
