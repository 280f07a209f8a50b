import type { ServiceDefinition, SubgraphConfig } from '@tjxf/subgraph-kit';
import { subgraphConfigSchema } from '@tjxf/subgraph-kit';
import { createContext, type OfficialsContext } from './context.js';
import { migrations } from './migrations/index.js';
import { OfficialEntity } from './official/official.entity.js';
import { buildOfficialsSchema } from './schema.js';
import { seedDemoOfficials } from './seed/index.js';

/** The officials subgraph: leaders and representatives, and their liaison with petitioners. */
export const officialsService: ServiceDefinition<SubgraphConfig, OfficialsContext> = {
  name: 'officials',
  configSchema: subgraphConfigSchema('officials', {}),
  entities: [OfficialEntity],
  migrations,
  buildSchema: buildOfficialsSchema,
  setup: async () => ({ createContext }),
  seedDemo: seedDemoOfficials,
};
