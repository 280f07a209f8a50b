import type { ServiceDefinition, SubgraphConfig } from '@tjxf/subgraph-kit';
import { AuditEntryEntity, subgraphConfigSchema } from '@tjxf/subgraph-kit';
import { createContext, type StatsContext } from './context.js';
import { KpiWeightEntity } from './kpi/kpi-weight.entity.js';
import { migrations } from './migrations/index.js';
import { buildStatsSchema } from './schema.js';
import { seedKpiWeights } from './seed/index.js';

/** The statistics subgraph: projections of events, KPIs and their weights. */
export const statsService: ServiceDefinition<SubgraphConfig, StatsContext> = {
  name: 'stats',
  configSchema: subgraphConfigSchema('stats', {}),
  entities: [KpiWeightEntity, AuditEntryEntity],
  migrations,
  buildSchema: buildStatsSchema,
  setup: async () => ({ createContext }),
  seedReference: seedKpiWeights,
};
