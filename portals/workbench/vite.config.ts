import { portalViteConfig } from '@tjxf/vite-config';
import { defineConfig } from 'vite';

/** Built into dist/ and served by the gateway under /workbench/ (packages/vite-config). */
export default defineConfig(portalViteConfig('workbench'));
