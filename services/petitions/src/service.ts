import type { ServiceDefinition, SubgraphConfig } from '@tjxf/subgraph-kit';
import { subgraphConfigSchema } from '@tjxf/subgraph-kit';
import { createContext, type PetitionsContext } from './context.js';
import { migrations } from './migrations/index.js';
import { OutboxEventEntity } from './outbox/outbox.entity.js';
import { PetitionEntity, PetitionHistoryEntity } from './petition/petition.entity.js';
import { buildPetitionsSchema } from './schema.js';
import { seedDemoPetitions } from './seed/index.js';

/** The petitions subgraph: Petition and its procedure, with the event outbox. */
export const petitionsService: ServiceDefinition<SubgraphConfig, PetitionsContext> = {
  name: 'petitions',
  configSchema: subgraphConfigSchema('petitions', {}),
  entities: [PetitionEntity, PetitionHistoryEntity, OutboxEventEntity],
  migrations,
  buildSchema: buildPetitionsSchema,
  setup: async () => ({ createContext }),
  seedDemo: seedDemoPetitions,
};
