import { portalViteConfig } from '@tjxf/vite-config';
import { defineConfig, mergeConfig } from 'vite';
import { tianjinDistrictsPlugin } from './build/tianjin-districts';

/**
 * Built into dist/ and served by the gateway under /leadership/ (packages/vite-config). The
 * charts (ECharts and its renderer) form a chunk of their own, loaded with the first chart,
 * not with the libraries every page needs; the district map adds Tianjin's outlines.
 */
const CHARTS_GROUP = {
  name: 'charts',
  test: /[\\/]node_modules[\\/](?:\.pnpm[\\/])?(?:echarts|zrender|tslib)[@\\/]/,
  priority: 3,
};

export default defineConfig(
  mergeConfig(portalViteConfig('leadership'), {
    plugins: [tianjinDistrictsPlugin()],
    build: { rolldownOptions: { output: { codeSplitting: { groups: [CHARTS_GROUP] } } } },
  }),
);
