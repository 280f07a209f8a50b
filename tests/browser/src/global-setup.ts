import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPlatform, startTestCluster } from '@tjxf/test-kit';
import { assertChromium } from './chromium.js';
import { PORTAL_NAMES } from './demo-users.js';
import { startSchedulerHook } from './scheduler-hook.js';

const PORTALS_DIR = fileURLToPath(new URL('../../../portals/', import.meta.url));

/**
 * Once per run: checks that the portals are built and Chromium is there, then starts the
 * whole platform in this process on an embedded PostgreSQL (the test kit). Workers read the
 * gateway's address from TJXF_BASE_URL. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  assertChromium();
  const missing = PORTAL_NAMES.filter((name) => !existsSync(`${PORTALS_DIR}${name}/dist/index.html`));
  if (missing.length > 0) {
    throw new Error(`Portals not built (${missing.join(', ')}): run the build first (pnpm exec turbo run build).`);
  }
  const cluster = await startTestCluster(process.env.TEST_DATABASE_URL);
  try {
    // identity and gateway as in development: one-time codes are kept and served at /dev/messages
    const platform = await startPlatform(cluster.serverUrl, {
      serviceEnv: { identity: { APP_ENV: 'development' } },
      gatewayEnv: { APP_ENV: 'development' },
    });
    process.env.TJXF_BASE_URL = new URL(platform.gatewayUrl).origin;
    const hook = await startSchedulerHook(platform);
    return async () => {
      await new Promise((resolve) => hook.close(resolve));
      await platform.stop();
      await cluster.stop();
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
