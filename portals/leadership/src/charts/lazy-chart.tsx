import { lazy, Suspense } from 'react';
import type { ChartProps } from './chart';

const LazyChart = lazy(async () => ({ default: (await import('./chart')).Chart }));

/** A chart whose library loads with the first chart shown, not with the first page. */
export function ChartView(props: ChartProps) {
  return (
    <Suspense
      fallback={<div className={props.className ?? 'chart'} role="img" aria-label={props.label} aria-busy="true" />}
    >
      <LazyChart {...props} />
    </Suspense>
  );
}
