import { z } from '@tjxf/config';
import { subgraphConfigSchema } from '@tjxf/subgraph-kit';

export const statsConfigSchema = subgraphConfigSchema('stats', {
  /** The units subgraph's base URL: the unit directory (where each unit is, which are petition offices). */
  UNITS_INTERNAL_URL: z.string().url().optional(),
  /** The petitions subgraph's base URL: its event feed (`/internal/events`) and category names. */
  PETITIONS_INTERNAL_URL: z.string().url().optional(),
  /** How often the projections pull new events when idle (docs/events.md, the stats consumer); 0: not in this process. */
  STATS_POLL_MS: z.coerce.number().int().min(0).default(1000),
});
export type StatsConfig = z.infer<typeof statsConfigSchema>;
