import { portalViteConfig } from '@tjxf/vite-config';
import { defineConfig } from 'vite';

/** Built into dist/ and served by the gateway under /leadership/ (packages/vite-config). */
export default defineConfig(portalViteConfig('leadership'));
