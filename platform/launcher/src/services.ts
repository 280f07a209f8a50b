import { identityService } from '@tjxf/identity';
import { officialsService } from '@tjxf/officials';
import { petitionsService } from '@tjxf/petitions';
import { statsService } from '@tjxf/stats';
import { parseConfig } from '@tjxf/config';
import { closeOrm, migrate, userOf, type ServiceConnection } from '@tjxf/db-kit';
import { openServiceOrm, type SeedContext, type ServiceDefinition } from '@tjxf/subgraph-kit';
import { unitsService } from '@tjxf/units';

export type ServiceName = 'identity' | 'units' | 'petitions' | 'officials' | 'stats';
/** Who may call a service's internal routes: the subgraphs, and the gateway. */
export type ServiceCaller = ServiceName | 'gateway';

/**
 * Which service calls which other service's internal routes (`/internal/…`), with a service
 * token signed by its own key: the petitions subgraph reads the unit directory of units, the
 * identity subgraph checks the units of a membership there, and the gateway reads the
 * revoked sessions of identity. Petitions asks identity for a citizen's verified phone and
 * uses up one-time codes there (issue 10); in development the gateway reads the messages the
 * development channel kept. Stats reads the event feed and category names of petitions and the
 * unit directory (issue 12).
 */
export const SERVICE_CALLS: Partial<Record<ServiceCaller, ServiceName[]>> = {
  petitions: ['units', 'identity'],
  identity: ['units'],
  gateway: ['identity'],
  // issue 12: the statistics pull the events and category names of petitions, the units' directory
  stats: ['petitions', 'units'],
};

/**
 * The environment for service-to-service calls: each caller gets its private key and the
 * base URLs of the services it calls (`UNITS_INTERNAL_URL`), each callee the public keys of
 * its callers (`TRUSTED_SERVICE_KEYS`).
 */
export function serviceCallEnvironment(
  name: ServiceCaller,
  keys: Partial<Record<ServiceCaller, { privateKey: string; publicKey: string }>>,
  baseUrls: Partial<Record<ServiceName, string>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  const calls = SERVICE_CALLS[name] ?? [];
  if (calls.length && keys[name]) env.SERVICE_TOKEN_PRIVATE_KEY = keys[name].privateKey;
  for (const callee of calls) {
    const url = baseUrls[callee];
    if (url) env[`${callee.toUpperCase()}_INTERNAL_URL`] = url;
  }
  const callers = (Object.keys(SERVICE_CALLS) as ServiceCaller[]).filter((caller) =>
    SERVICE_CALLS[caller]?.includes(name as ServiceName),
  );
  const trusted = Object.fromEntries(
    callers.flatMap((caller) => (keys[caller] ? [[caller, keys[caller].publicKey]] : [])),
  );
  if (callers.length) env.TRUSTED_SERVICE_KEYS = JSON.stringify(trusted);
  return env;
}

/** Every subgraph of the platform, keyed by its name in the supergraph. */
export const SERVICES = {
  identity: identityService,
  units: unitsService,
  petitions: petitionsService,
  officials: officialsService,
  stats: statsService,
} as unknown as Record<ServiceName, ServiceDefinition>;

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** How each service reaches its schema: its runtime role's URL and its owner's. */
export type ServiceConnections = Record<ServiceName, ServiceConnection>;

/**
 * Migrates every service's schema, seeds the reference data and, unless told not to, the demo
 * data, each as the owner of the schema; then grants the service's runtime role the use of
 * its rows. `envFor` gives each service the environment it runs with (its keys).
 */
export async function prepareDatabase(
  connections: ServiceConnections,
  { demo, envFor }: { demo: boolean; envFor: (name: ServiceName) => Record<string, string | undefined> },
): Promise<void> {
  // in the order of SERVICES: what units lends (its directory) is there for petitions
  const lent: SeedContext = {};
  for (const [name, definition] of Object.entries(SERVICES) as [ServiceName, ServiceDefinition][]) {
    const config = parseConfig(definition.configSchema, envFor(name));
    const orm = await openServiceOrm(definition, connections[name].migrationUrl);
    try {
      await migrate(orm, userOf(connections[name].url));
      await definition.afterMigrate?.(connections[name].migrationUrl, userOf(connections[name].url));
      await definition.seedReference?.(orm, config);
      if (demo) {
        Object.assign(lent, await definition.lendToSeeds?.(orm));
        await definition.seedDemo?.(orm, config, lent);
      }
    } finally {
      await closeOrm(orm);
    }
  }
}
