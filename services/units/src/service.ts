import type { ServiceDefinition, SubgraphConfig } from '@tjxf/subgraph-kit';
import { unitsConfigSchema } from './config.js';
import { createContext, type UnitsContext } from './context.js';
import { migrations } from './migrations/index.js';
import { buildUnitsSchema } from './schema.js';
import { directoryRoutes, readDirectory } from './directory/directory.js';
import { seedUnits } from './seed/index.js';
import { UnitEntity } from './unit/unit.entity.js';

/** The units subgraph: the unit tree of Tianjin (R-NET). */
export const unitsService: ServiceDefinition<SubgraphConfig, UnitsContext> = {
  name: 'units',
  configSchema: unitsConfigSchema,
  entities: [UnitEntity],
  migrations,
  buildSchema: buildUnitsSchema,
  setup: async (_config, orm) => ({ createContext, routes: (app) => directoryRoutes(app, orm) }),
  // the real unit tree of Tianjin is reference data, not demo data
  seedReference: async (orm) => {
    await seedUnits(orm);
  },
  // the demo petitions are forwarded through the real procedure, which needs the directory
  lendToSeeds: async (orm) => ({ unitDirectory: await readDirectory(orm) }),
};
