import pg from 'pg';
import { serviceUnavailable } from '@tjxf/domain';
import type { ServiceDefinition } from '@tjxf/subgraph-kit';
import { AuditEntryEntity } from '@tjxf/subgraph-kit';
import { ServiceTokenSigner } from '@tjxf/tokens';
import { statsConfigSchema, type StatsConfig } from './config.js';
import { contextFactory, type StatsContext } from './context.js';
import { KpiWeightEntity } from './kpi/kpi-weight.entity.js';
import { migrations } from './migrations/index.js';
import { buildStatsSchema } from './schema.js';
import { seedKpiWeights } from './seed/index.js';
import { PetitionCategoryLabels } from './statistics/category-labels.js';
import { beijingDate } from './statistics/period.js';
import { StatsUnitDirectory } from './statistics/unit-directory.js';

/** A service this one calls but was not told where to find: every question that needs it is refused. */
const unreachable = (service: string) => ({
  all: () => Promise.reject(serviceUnavailable(service, 'NOT_DELIVERED')),
});

/** The statistics subgraph: projections of events, KPIs and their weights. */
export const statsService: ServiceDefinition<StatsConfig, StatsContext> = {
  name: 'stats',
  configSchema: statsConfigSchema,
  entities: [KpiWeightEntity, AuditEntryEntity],
  migrations,
  buildSchema: buildStatsSchema,
  async setup(config, _orm, hooks) {
    const signer = config.SERVICE_TOKEN_PRIVATE_KEY
      ? await ServiceTokenSigner.fromPem('stats', config.SERVICE_TOKEN_PRIVATE_KEY)
      : null;
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 4 });
    pool.on('error', () => {});
    const clock = hooks.clock ?? (() => new Date());
    return {
      createContext: contextFactory({
        pool,
        units:
          signer && config.UNITS_INTERNAL_URL
            ? new StatsUnitDirectory(config.UNITS_INTERNAL_URL, signer)
            : unreachable('units'),
        categories:
          signer && config.PETITIONS_INTERNAL_URL
            ? new PetitionCategoryLabels(config.PETITIONS_INTERNAL_URL, signer)
            : unreachable('petitions'),
        today: () => beijingDate(clock()),
      }),
      close: () => pool.end(),
    };
  },
  seedReference: seedKpiWeights,
};
