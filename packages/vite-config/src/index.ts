/**
 * @tjxf/vite-config: the one Vite build of the four portals, so that each loads fast on a
 * phone (issue 10, docs/performance.md): hashed files under `assets/` that the gateway serves
 * with a year-long immutable cache, their brotli (`.br`) and gzip (`.gz`) copies made at
 * build for the gateway to send as they are, and the libraries in a vendor chunk of their
 * own, apart from the portal's code, so a release of the portal leaves them cached.
 */
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { constants } from 'node:zlib';

/** Where `vite dev` and `vite preview` send /graphql: the gateway of `npm start`. */
export const DEV_GATEWAY = 'http://127.0.0.1:4000';

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;

/**
 * The chunks every page of a portal needs, by how seldom they change: the libraries
 * (react, react-dom, react-router, react-query, i18next), then the platform's own packages
 * (`@tjxf/ui` shell, `@tjxf/i18n`, `@tjxf/graphql-client`). Pages come as chunks of their own.
 */
const CHUNK_GROUPS = [
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 2 },
  { name: 'platform', test: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/]/, priority: 1 },
];

/**
 * The Vite configuration of a portal served by the gateway under `/<portal>/`. In `vite dev`,
 * /graphql goes to the gateway on :4000 so the session cookie stays on one origin.
 */
export function portalViteConfig(portal: string): UserConfig {
  const proxy = { '/graphql': DEV_GATEWAY };
  return {
    base: `/${portal}/`,
    plugins: [
      react(),
      compression({
        include: COMPRESSIBLE,
        // below a packet's size compression gains nothing
        threshold: 1024,
        algorithms: [
          defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          defineAlgorithm('gzip', { level: 9 }),
        ],
      }),
    ],
    // one copy of each, whichever workspace package imports it (shared contexts)
    resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'i18next', 'react-i18next'] },
    server: { proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
    },
  };
}
