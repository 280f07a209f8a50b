import { randomBytes } from 'node:crypto';
import { parseConfig } from '@tjxf/config';
import { createDatabase, dropDatabase } from '@tjxf/db-kit';
import { gatewayConfigSchema, startGateway, type RunningGateway } from '@tjxf/gateway';
import { DEMO_PASSWORD } from '@tjxf/identity';
import { runService, type RunningService } from '@tjxf/subgraph-kit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTestKeys, testEnvironment, type TestKeys } from './environment.js';
import { TEMPLATE_DATABASE, databaseUrl } from './cluster.js';
import { TestClock } from './clock.js';
import { SERVICES, type ServiceName } from '@tjxf/launcher';

export type { ServiceName };

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

/** What a test may change of the platform it starts; nothing by default. */
export interface PlatformOptions {
  /** Environment variables added to a service's (e.g. lower upload quotas for petitions). */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Environment variables added to the gateway's (e.g. `TRUSTED_PROXIES`). */
  gatewayEnv?: Record<string, string>;
}

export interface ExtraGateway {
  /** The gateway's base URL (`…/graphql`, `…/uploads` below it). */
  url: string;
  close(): Promise<void>;
}

export interface TestPlatform {
  gatewayUrl: string;
  databaseUrl: string;
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
  /** Where the petitions service keeps attachment files. */
  attachmentsDir: string;
  /**
   * Another gateway in front of the same services, with its environment changed (production
   * mode, trusted proxies, a rate limit); closed with the platform at the latest.
   */
  startGateway(env: Record<string, string>): Promise<ExtraGateway>;
  /** Signs in through the gateway and returns the access token. */
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process, on its own copy of the template database: every
 * subgraph and the gateway on free loopback ports. Tests call it once per file.
 */
export async function startPlatform(serverUrl: string, options: PlatformOptions = {}): Promise<TestPlatform> {
  const database = `t_${randomBytes(6).toString('hex')}`;
  await createDatabase(serverUrl, database, TEMPLATE_DATABASE);
  const url = databaseUrl(serverUrl, database);
  const keys = await generateTestKeys();
  const { internal } = keys;
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'tjxf-attachments-'));
  const baseUrls: Partial<Record<ServiceName, string>> = {};
  const envFor = testEnvironment({ databaseUrl: url, keys, attachmentsDir, baseUrls });
  const queries = Object.fromEntries(Object.keys(SERVICES).map((n) => [n, [] as string[]])) as Record<
    ServiceName,
    string[]
  >;
  const services = {} as Record<ServiceName, RunningService>;
  const clock = new TestClock();
  let gateway: RunningGateway | undefined;
  const extraGateways = new Set<RunningGateway>();
  const stop = async () => {
    await Promise.all([...extraGateways].map((g) => g.close()));
    await gateway?.close();
    await Promise.all(Object.values(services).map((s) => s.close()));
    await dropDatabase(serverUrl, database);
    await rm(attachmentsDir, { recursive: true, force: true });
  };
  const gatewayEnv = (overrides: Record<string, string> = {}) => ({
    APP_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKey,
    RATE_LIMIT_PER_MINUTE: '0',
    ...Object.fromEntries(Object.entries(services).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url])),
    ...overrides,
  });
  try {
    for (const [name, definition] of Object.entries(SERVICES) as [ServiceName, (typeof SERVICES)[ServiceName]][]) {
      // in order: a service's callees (units for petitions) are up before it starts
      const env = { ...envFor(name), ...options.serviceEnv?.[name] };
      services[name] = await runService(definition, parseConfig(definition.configSchema, env), {
        onQuery: (sql) => queries[name].push(sql),
        clock: clock.now,
      });
      baseUrls[name] = new URL(services[name].url).origin;
    }
    gateway = await startGateway(parseConfig(gatewayConfigSchema, gatewayEnv(options.gatewayEnv)));
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrl = `${gateway.url}/graphql`;

  const graphql: TestPlatform['graphql'] = async (query, variables, options = {}) => {
    const response = await fetch(options.url ?? gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body } as never;
  };

  return {
    gatewayUrl,
    databaseUrl: url,
    services,
    keys,
    clock,
    queries,
    resetQueryLog: () => Object.values(queries).forEach((q) => q.splice(0)),
    attachmentsDir,
    async startGateway(env) {
      const extra = await startGateway(parseConfig(gatewayConfigSchema, gatewayEnv(env)));
      extraGateways.add(extra);
      return {
        url: extra.url,
        close: async () => {
          extraGateways.delete(extra);
          await extra.close();
        },
      };
    },
    graphql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await graphql<{ login: { accessToken: string } }>(
        'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        { u: username, p: password },
      );
      if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    stop,
  };
}
