import { randomBytes } from 'node:crypto';
import { parseConfig } from '@tjxf/config';
import { createDatabase, dropDatabase } from '@tjxf/db-kit';
import { gatewayConfigSchema, startGateway, type RunningGateway } from '@tjxf/gateway';
import { runService, type RunningService } from '@tjxf/subgraph-kit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTestKeys, testEnvironment, type TestKeys } from './environment.js';
import { TEMPLATE_DATABASE, copyConnections, databaseUrl } from './cluster.js';
import { TestClock } from './clock.js';
import { gatewayClient } from './gateway-client.js';
import {
  SERVICES,
  SERVICE_CALLS,
  serviceCallEnvironment,
  type ServiceConnections,
  type ServiceName,
} from '@tjxf/launcher';

export type { ServiceName, ServiceConnections };

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface TestPlatform {
  gatewayUrl: string;
  /** The test database as the server's superuser, for a test's own checks. */
  databaseUrl: string;
  /** Each service's runtime role (what it runs as) and schema owner on this database. */
  connections: ServiceConnections;
  services: Record<ServiceName, RunningService>;
  keys: TestKeys;
  /** The clock of the procedure's steps: `clock.advance(10)` lets ten days pass. */
  clock: TestClock;
  /** SQL statements each service ran since the last {@link TestPlatform.resetQueryLog}. */
  queries: Record<ServiceName, string[]>;
  resetQueryLog(): void;
  /** A GraphQL request to the gateway (or to `url`, e.g. a subgraph called directly). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions & { url?: string },
  ): Promise<GraphQLResult<T>>;
  /** Signs in through the gateway and returns the access token. */
  login(username: string, password?: string): Promise<string>;
  /**
   * Another gateway instance in front of the same subgraphs (as behind a load balancer),
   * with `env` added to its environment; its `/graphql` URL. Stopped with the platform.
   */
  startGateway(env?: Record<string, string>): Promise<ExtraGateway>;
  /** Stops one service, its listener and its connections, as a crash would; the rest keep running. */
  stopService(name: ServiceName): Promise<void>;
  /** Starts a stopped service again on the port it had, where the gateway looks for it. */
  restartService(name: ServiceName): Promise<RunningService>;
  /** Where the petitions service keeps attachment files. */
  attachmentsDir: string;
  stop(): Promise<void>;
}

/** What a test may change of the platform it starts; nothing by default. */
export interface PlatformOptions {
  /** Environment variables added to a service's (e.g. lower upload quotas for petitions). */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Added to the gateway's environment, e.g. `SESSION_REVOCATION_MAX_AGE_MS`, `TRUSTED_PROXIES`. */
  gatewayEnv?: Record<string, string>;
}

/** Another gateway in front of the platform's subgraphs. */
export interface ExtraGateway {
  /** The gateway's base URL (`/uploads`, `/healthz` below it). */
  url: string;
  /** Its `/graphql`. */
  graphqlUrl: string;
  /** Stops it before the platform does (the platform stops it at the latest). */
  close(): Promise<void>;
}

/** Gateways of tests learn of revoked sessions quickly, so tests need not wait long. */
export const TEST_SESSION_REVOCATION_POLL_MS = 250;

/** The services in an order where each starts after those whose internal routes it calls. */
function startOrder(): ServiceName[] {
  const order: ServiceName[] = [];
  const visit = (name: ServiceName) => {
    if (order.includes(name)) return;
    for (const callee of SERVICE_CALLS[name] ?? []) visit(callee);
    order.push(name);
  };
  (Object.keys(SERVICES) as ServiceName[]).forEach(visit);
  return order;
}

/**
 * The whole platform in this process, on its own copy of the template database: every
 * subgraph and the gateway on free loopback ports. Tests call it once per file.
 */
export async function startPlatform(serverUrl: string, options: PlatformOptions = {}): Promise<TestPlatform> {
  const database = `t_${randomBytes(6).toString('hex')}`;
  await createDatabase(serverUrl, database, TEMPLATE_DATABASE);
  const url = databaseUrl(serverUrl, database);
  const connections = await copyConnections(serverUrl, database);
  const keys = await generateTestKeys();
  const { internal } = keys;
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'tjxf-attachments-'));
  const baseUrls: Partial<Record<ServiceName, string>> = {};
  const envFor = testEnvironment({ connections, keys, attachmentsDir, baseUrls });
  const queries = Object.fromEntries(Object.keys(SERVICES).map((n) => [n, [] as string[]])) as Record<
    ServiceName,
    string[]
  >;
  const services = {} as Record<ServiceName, RunningService>;
  const clock = new TestClock();
  const gateways: RunningGateway[] = [];
  const stopped = new Set<ServiceName>();
  const stop = async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await Promise.all(
      (Object.keys(services) as ServiceName[]).filter((n) => !stopped.has(n)).map((n) => services[n].close()),
    );
    await dropDatabase(serverUrl, database);
    await rm(attachmentsDir, { recursive: true, force: true });
  };
  function gatewayEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      APP_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKey,
      RATE_LIMIT_PER_MINUTE: '0',
      SESSION_REVOCATION_POLL_MS: String(TEST_SESSION_REVOCATION_POLL_MS),
      ...serviceCallEnvironment('gateway', keys.services, baseUrls),
      ...Object.fromEntries(Object.entries(services).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url])),
      ...extra,
    };
  }
  const startService = async (name: ServiceName, port?: string) => {
    const definition = SERVICES[name];
    const env = { ...envFor(name), ...options.serviceEnv?.[name], ...(port ? { PORT: port } : {}) };
    services[name] = await runService(definition, parseConfig(definition.configSchema, env), {
      onQuery: (sql) => queries[name].push(sql),
      clock: clock.now,
    });
    return services[name];
  };
  try {
    // a service's callees (units for petitions and identity) are up before it starts
    for (const name of startOrder()) {
      baseUrls[name] = new URL((await startService(name)).url).origin;
    }
    gateways.push(await startGateway(parseConfig(gatewayConfigSchema, gatewayEnv(options.gatewayEnv))));
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrl = `${gateways[0]!.url}/graphql`;

  const { graphql, login } = gatewayClient(gatewayUrl);

  return {
    gatewayUrl,
    databaseUrl: url,
    connections,
    services,
    keys,
    clock,
    queries,
    resetQueryLog: () => Object.values(queries).forEach((q) => q.splice(0)),
    graphql,
    login,
    async stopService(name) {
      if (stopped.has(name)) return;
      stopped.add(name);
      await services[name].close();
    },
    async restartService(name) {
      if (!stopped.has(name)) throw new Error(`${name} is running; stop it first`);
      const service = await startService(name, new URL(services[name].url).port);
      stopped.delete(name);
      return service;
    },
    attachmentsDir,
    async startGateway(env) {
      const gateway = await startGateway(parseConfig(gatewayConfigSchema, gatewayEnv(env)));
      gateways.push(gateway);
      return {
        url: gateway.url,
        graphqlUrl: `${gateway.url}/graphql`,
        close: async () => {
          gateways.splice(gateways.indexOf(gateway), 1);
          await gateway.close();
        },
      };
    },
    stop,
  };
}
