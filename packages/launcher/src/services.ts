import { identityService } from '@tjxf/identity';
import { officialsService } from '@tjxf/officials';
import { petitionsService } from '@tjxf/petitions';
import { statsService } from '@tjxf/stats';
import { parseConfig } from '@tjxf/config';
import { closeOrm, migrate } from '@tjxf/db-kit';
import { openServiceOrm, type ServiceDefinition } from '@tjxf/subgraph-kit';
import { unitsService } from '@tjxf/units';

export type ServiceName = 'identity' | 'units' | 'petitions' | 'officials' | 'stats';

/** Every subgraph of the platform, keyed by its name in the supergraph. */
export const SERVICES = {
  identity: identityService,
  units: unitsService,
  petitions: petitionsService,
  officials: officialsService,
  stats: statsService,
} as unknown as Record<ServiceName, ServiceDefinition>;

/**
 * Migrates every service's schema in one database, seeds the reference data and, unless told
 * not to, the demo data. `envFor` gives each service the environment it runs with (its keys).
 */
export async function prepareDatabase(
  databaseUrl: string,
  { demo, envFor }: { demo: boolean; envFor: (name: ServiceName) => Record<string, string | undefined> },
): Promise<void> {
  for (const [name, definition] of Object.entries(SERVICES) as [ServiceName, ServiceDefinition][]) {
    const config = parseConfig(definition.configSchema, { ...envFor(name), DATABASE_URL: databaseUrl });
    const orm = await openServiceOrm(definition, databaseUrl);
    try {
      await migrate(orm);
      await definition.seedReference?.(orm, config);
      if (demo) await definition.seedDemo?.(orm, config);
    } finally {
      await closeOrm(orm);
    }
  }
}
