import { identityService } from '@tjxf/identity';
import { officialsService } from '@tjxf/officials';
import { petitionsService } from '@tjxf/petitions';
import { statsService } from '@tjxf/stats';
import { migrate } from '@tjxf/db-kit';
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

/** Migrates every service's schema in one database and, unless told not to, seeds the demo data. */
export async function prepareDatabase(databaseUrl: string, { demo }: { demo: boolean }): Promise<void> {
  for (const definition of Object.values(SERVICES)) {
    const orm = await openServiceOrm(definition, databaseUrl);
    try {
      await migrate(orm);
      if (demo) await definition.seedDemo?.(orm);
    } finally {
      await orm.close();
    }
  }
}
