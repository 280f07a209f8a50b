import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { areaMap, createChart, type EChartsType } from './echarts';

export interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (its figures are in the table beside it). */
  label: string;
  /** Called with the data item's `id` (e.g. a district's code) when it is clicked. */
  onSelect?: (id: string) => void;
  /** The area whose map the option draws (its series' `map` is `mapName(area)`). */
  mapArea?: string;
  className?: string;
}

/**
 * One ECharts chart, redrawn when its option changes and resized with its box. Loaded lazily
 * with ECharts itself (lazy-chart.tsx), so pages show their figures before the library arrives.
 */
export function Chart({ option, label, onSelect, mapArea, className }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = createChart(element);
    chart.current = instance;
    instance.on('click', (params) => {
      const id = (params.data as { id?: string } | undefined)?.id;
      if (id) select.current?.(id);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (mapArea) areaMap(mapArea);
    chart.current?.setOption(option, { notMerge: true });
  }, [option, mapArea]);

  return <div ref={box} className={className ?? 'chart'} role="img" aria-label={label} />;
}
