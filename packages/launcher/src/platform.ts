import { join } from 'node:path';
import { createDatabase, EmbeddedCluster } from '@tjxf/db-kit';
import type { LauncherConfig } from './config.js';
import { startChild, stopChildren, waitHealthy, type Child } from './children.js';
import { loadOrCreateKeys, type PlatformKeys } from './keys.js';
import { SERVICES, prepareDatabase, serviceCallEnvironment, type ServiceName } from './services.js';

export const PLATFORM_DATABASE = 'tjxf';

export interface RunningPlatform {
  url: string;
  stop(): Promise<void>;
  /** Resolves when a child stops on its own (a crash): the platform is then incomplete. */
  childExited: Promise<string>;
}

type Log = (line: string) => void;

/** Brings the whole platform up: database, migrations, demo data, subgraphs, gateway. */
export async function startPlatform(config: LauncherConfig, log: Log): Promise<RunningPlatform> {
  const keys = await loadOrCreateKeys(join(config.DATA_DIR, 'keys'));
  let cluster: EmbeddedCluster | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    cluster = new EmbeddedCluster({
      dataDir: join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      log: (line) =>
        /FATAL|PANIC|ERROR|orphan|granted|initialising/.test(line) && !/administrator command/.test(line)
          ? log(`postgres: ${line}`)
          : undefined,
    });
    log(`starting the embedded PostgreSQL (data in ${join(config.DATA_DIR, 'postgres')})`);
    await cluster.start();
    await createDatabase(cluster.url(), PLATFORM_DATABASE);
    databaseUrl = cluster.url(PLATFORM_DATABASE);
  }

  const children: Child[] = [];
  const stop = async () => {
    await stopChildren(children);
    await cluster?.stop();
  };
  try {
    const { envFor, baseUrls } = serviceEnvironment(config, keys, databaseUrl);
    log(
      config.SEED_DEMO
        ? 'migrating and seeding the Tianjin reference and demo data'
        : 'migrating and seeding reference data',
    );
    await prepareDatabase(databaseUrl, { demo: config.SEED_DEMO, envFor });

    const names = Object.keys(SERVICES) as ServiceName[];
    const urls = {} as Record<ServiceName, string>;
    names.forEach((name, i) => {
      const port = config.SUBGRAPH_BASE_PORT + i;
      urls[name] = `http://${config.HOST}:${port}/graphql`;
      children.push(
        startChild(name, `@tjxf/${name}`, { ...envFor(name), PORT: String(port), MIGRATE_ON_START: 'false' }),
      );
    });
    await Promise.all(
      children.map((child) => waitHealthy(child, new URL('/healthz', urls[child.name as ServiceName]).href)),
    );

    const gateway = startChild('gateway', '@tjxf/gateway', {
      APP_ENV: config.APP_ENV,
      HOST: config.HOST,
      LOG_LEVEL: config.LOG_LEVEL,
      APOLLO_TELEMETRY_DISABLED: 'true',
      PORT: String(config.PORT),
      INTERNAL_TOKEN_PRIVATE_KEY: keys.internal.privateKey,
      ...serviceCallEnvironment('gateway', keys.services, baseUrls),
      ...Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_URL`, urls[name]])),
    });
    children.push(gateway);
    const url = `http://${config.HOST}:${config.PORT}`;
    await waitHealthy(gateway, `${url}/healthz`);
    const childExited = Promise.race(children.map((c) => c.exited.then(() => c.name)));
    return { url, stop, childExited };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Each service's environment: the common part and only the secrets that service needs. */
function serviceEnvironment(config: LauncherConfig, keys: PlatformKeys, databaseUrl: string) {
  const common = {
    APP_ENV: config.APP_ENV,
    HOST: config.HOST,
    LOG_LEVEL: config.LOG_LEVEL,
    APOLLO_TELEMETRY_DISABLED: 'true',
    DATABASE_URL: databaseUrl,
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
  const envFor = (name: ServiceName): Record<string, string> => ({
    ...common,
    ...own[name],
    ...serviceCallEnvironment(name, keys.services, baseUrls),
  });
  return { envFor, baseUrls };
}
