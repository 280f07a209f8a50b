import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Built into dist/ and served by the gateway under /citizen/. In `vite dev`, /graphql goes to
 * a gateway on :4000 (`npm start`), so the session cookie stays on one origin.
 */
export default defineConfig({
  base: '/citizen/',
  plugins: [react()],
  // one copy of each, whichever workspace package imports it (shared contexts)
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'i18next', 'react-i18next'] },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  preview: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // libraries change less often than the portal: a chunk of their own stays cached across releases
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
});
