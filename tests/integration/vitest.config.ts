import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@tjxf/test-kit/global-setup'],
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // the built packages run as Node runs them in production: transformed by Vite they would
    // load graphql's ESM copy beside the CommonJS one @apollo/gateway uses (two realms)
    server: { deps: { external: [/\/dist\//] } },
  },
});
