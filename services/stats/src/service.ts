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
import { PetitionEventFeed } from './projection/event-feed.js';
import { StatsProjection } from './projection/projection.js';
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
    const projection =
      signer && config.PETITIONS_INTERNAL_URL
        ? new StatsProjection(pool, new PetitionEventFeed(config.PETITIONS_INTERNAL_URL, signer))
        : null;
    if (projection && config.STATS_POLL_MS > 0)
      projection.start(config.STATS_POLL_MS, (error) => console.error('stats: applying events failed', error));
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
      health: async () => ({ projections: (await projection?.lag()) ?? null }),
      // tests apply the events at once (and rebuild) instead of waiting for the poll loop
      ...(projection ? { rounds: { projection: () => projection.round(), rebuild: () => projection.rebuild() } } : {}),
      close: async () => {
        await projection?.stop();
        await pool.end();
      },
    };
  },
  seedReference: seedKpiWeights,
};
