import pg from 'pg';
import { loadConfig } from '@tjxf/config';
import { ServiceTokenSigner } from '@tjxf/tokens';
import { statsConfigSchema } from './config.js';
import { PetitionEventFeed } from './projection/event-feed.js';
import { StatsProjection } from './projection/projection.js';

// `pnpm --filter @tjxf/stats rebuild`, in the stats service's environment (its database URL,
// PETITIONS_INTERNAL_URL and its service key): empties every projection and the cursor, then
// applies the petitions service's whole event feed again (docs/kpis.md, "Rebuild"). A running
// stats service may go on polling meanwhile: each page moves the cursor it was read after, once.
const config = loadConfig(statsConfigSchema);
if (!config.PETITIONS_INTERNAL_URL || !config.SERVICE_TOKEN_PRIVATE_KEY) {
  console.error('stats rebuild: PETITIONS_INTERNAL_URL and SERVICE_TOKEN_PRIVATE_KEY are needed to read the events');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });
const feed = new PetitionEventFeed(
  config.PETITIONS_INTERNAL_URL,
  await ServiceTokenSigner.fromPem('stats', config.SERVICE_TOKEN_PRIVATE_KEY),
);
const started = Date.now();
try {
  const applied = await new StatsProjection(pool, feed, 5000).rebuild();
  console.log(`stats rebuild: ${applied} events applied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pool.end();
}
