import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './src/chromium.js';

/**
 * The portals in headless Chromium against the real platform: global-setup.ts starts an
 * embedded PostgreSQL, every subgraph and the gateway (which serves the built portals) and
 * passes the gateway's address in TJXF_BASE_URL, read here again in each worker.
 * `setup` signs each portal's demo user in once; the other projects reuse that state.
 */
export default defineConfig({
  testDir: './src',
  globalSetup: './src/global-setup.ts',
  fullyParallel: true,
  workers: 2, // the machine has two cores, and the platform runs in this process too
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: './test-results',
  use: {
    baseURL: process.env.TJXF_BASE_URL,
    // an English-speaking browser: the portals must still open in Chinese (zh-CN first)
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /\.setup\.ts$/ },
    {
      name: 'desktop',
      testMatch: /\.spec\.ts$/,
      testIgnore: /phone\.spec\.ts$/,
      dependencies: ['setup'],
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testMatch: /phone\.spec\.ts$/,
      dependencies: ['setup'],
      // a 360×740 Android phone, touch and all, but in Chromium
      use: { ...devices['Galaxy S9+'], viewport: { width: 360, height: 740 }, defaultBrowserType: 'chromium' },
    },
  ],
});
