import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, registerMap, use, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import districts from 'virtual:tianjin-districts';
import { mapName } from './map-name';

// Only what the dashboard draws (docs/leadership-dashboard.md): this module is its own chunk,
// loaded with the first chart, so the first page stays within its budget.
use([
  BarChart,
  LineChart,
  MapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

type GeoJson = Parameters<typeof registerMap>[1];

/**
 * The name of the map of an area, registered on first use: the city's 16 districts (120000),
 * or one district's outline alone (its streets have no outlines: they come as bars).
 */
export function areaMap(code: string): string {
  const name = mapName(code);
  if (!registered.has(name)) {
    const features =
      code === '120000' ? districts.features : districts.features.filter((f) => f.properties.code === code);
    registerMap(name, { ...districts, features } as GeoJson);
    registered.add(name);
  }
  return name;
}
const registered = new Set<string>();

/** Whether the map has an outline for a district. */
export const hasOutline = (code: string): boolean => districts.features.some((f) => f.properties.code === code);

/** A chart drawn as SVG (sharp on a wall screen, and light on a phone). */
export const createChart = (element: HTMLElement): EChartsType => init(element, null, { renderer: 'svg' });

export type { EChartsType };
