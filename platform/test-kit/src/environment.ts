import { createHash } from 'node:crypto';
import {
  SERVICE_CALLS,
  serviceCallEnvironment,
  type ServiceCaller,
  type ServiceConnections,
  type ServiceName,
} from '@tjxf/launcher';
import { ACCESS_TOKEN_ALG, INTERNAL_TOKEN_ALG, generatePemKeyPair, type PemKeyPair } from '@tjxf/tokens';

/**
 * Personal-data keys of the tests: fixed, because the template database's demo petitions are
 * encrypted once and copied into every test database. Never used outside tests.
 */
const testKey = (label: string) => createHash('sha256').update(`tjxf test key: ${label}`).digest('base64');
export const TEST_PERSONAL_DATA_KEYS = { encryptionKey: testKey('encryption'), hashKey: testKey('hash') } as const;

export interface TestKeys {
  access: PemKeyPair;
  internal: PemKeyPair;
  services: Partial<Record<ServiceCaller, PemKeyPair>>;
}

export async function generateTestKeys(): Promise<TestKeys> {
  const callers = Object.keys(SERVICE_CALLS) as ServiceCaller[];
  const [access, internal, ...services] = await Promise.all([
    generatePemKeyPair(ACCESS_TOKEN_ALG),
    generatePemKeyPair(INTERNAL_TOKEN_ALG),
    ...callers.map(() => generatePemKeyPair(INTERNAL_TOKEN_ALG)),
  ]);
  return { access, internal, services: Object.fromEntries(callers.map((name, i) => [name, services[i]!])) };
}

/** The environment each service runs with in tests, as the launcher gives it in production. */
export function testEnvironment(options: {
  /** Each service connects as its own runtime role. */
  connections: ServiceConnections;
  keys: TestKeys;
  attachmentsDir: string;
  /** Base URLs of the services started so far, for the service-to-service calls. */
  baseUrls?: Partial<Record<ServiceName, string>>;
}) {
  const common = {
    APP_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    MIGRATE_ON_START: 'false',
    INTERNAL_TOKEN_PUBLIC_KEY: options.keys.internal.publicKey,
  };
  const own: Partial<Record<ServiceName, Record<string, string>>> = {
    identity: {
      ACCESS_TOKEN_PRIVATE_KEY: options.keys.access.privateKey,
      ACCESS_TOKEN_PUBLIC_KEY: options.keys.access.publicKey,
    },
    petitions: {
      PII_ENCRYPTION_KEY: TEST_PERSONAL_DATA_KEYS.encryptionKey,
      PII_HASH_KEY: TEST_PERSONAL_DATA_KEYS.hashKey,
      ATTACHMENTS_DIR: options.attachmentsDir,
      // tests drive the scheduler with their own clock
      SCHEDULER_INTERVAL_SECONDS: '0',
    },
  };
  return (name: ServiceName): Record<string, string> => ({
    ...common,
    DATABASE_URL: options.connections[name].url,
    ...own[name],
    ...serviceCallEnvironment(name, options.keys.services, options.baseUrls ?? {}),
  });
}
