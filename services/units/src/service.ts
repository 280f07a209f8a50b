import type { ServiceDefinition, SubgraphConfig } from '@tjxf/subgraph-kit';
import { unitsConfigSchema } from './config.js';
import { createContext, type UnitsContext } from './context.js';
import { migrations } from './migrations/index.js';
import { buildUnitsSchema } from './schema.js';
import { directoryRoutes, readDirectory } from './directory/directory.js';
import { seedUnits } from './seed/index.js';
import { UnitEntity } from './unit/unit.entity.js';
import { UnitsAuditEntryEntity } from './audit/audit-entry.entity.js';
import { HolidayScheduleEntity } from './calendar/holiday-schedule.entity.js';
import { readPublished } from './calendar/calendar.service.js';

/** The units subgraph: the unit tree of Tianjin (R-NET). */
export const unitsService: ServiceDefinition<SubgraphConfig, UnitsContext> = {
  name: 'units',
  configSchema: unitsConfigSchema,
  entities: [UnitEntity, HolidayScheduleEntity, UnitsAuditEntryEntity],
  migrations,
  buildSchema: buildUnitsSchema,
  setup: async (_config, orm) => ({
    createContext,
    routes: async (app) => {
      await directoryRoutes(app, orm);
      // the published arrangements, for the petitions subgraph's copy of the work calendar
      app.get('/internal/calendar', async (request, reply) => {
        const { published, etag } = await readPublished(orm);
        if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
        return reply.header('etag', etag).send({ published });
      });
    },
  }),
  // the real unit tree of Tianjin is reference data, not demo data
  seedReference: async (orm) => {
    await seedUnits(orm);
  },
  // the demo petitions are forwarded through the real procedure, which needs the directory
  lendToSeeds: async (orm) => ({ unitDirectory: await readDirectory(orm) }),
};
