import { identityService } from '@tjxf/identity';
import { officialsService } from '@tjxf/officials';
import { petitionsService } from '@tjxf/petitions';
import { statsService } from '@tjxf/stats';
import type { ServiceDefinition } from '@tjxf/subgraph-kit';
import { unitsService } from '@tjxf/units';

/** Every subgraph of the platform, keyed by its name in the supergraph. */
export const SERVICES = {
  identity: identityService,
  units: unitsService,
  petitions: petitionsService,
  officials: officialsService,
  stats: statsService,
} as unknown as Record<'identity' | 'units' | 'petitions' | 'officials' | 'stats', ServiceDefinition>;
