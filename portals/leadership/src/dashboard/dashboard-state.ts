import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isValidRange, PERIOD_PRESETS, type Period, type PeriodPreset } from './period';

/** What the dashboard shows, kept in the address so a view can be bookmarked or shared. */
export interface DashboardState {
  /** The area shown; null: the viewer's own. */
  region: string | null;
  period: Period;
  /** What the map is shaded by: `VOLUME` or `<KpiCode>:<KpiUnitRole>`. */
  measure: string;
}

export const VOLUME = 'VOLUME';
const DEFAULT_PRESET: PeriodPreset = 'MONTH';

function readPeriod(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && isValidRange(from, to)) return { from, to };
  const preset = params.get('period') as PeriodPreset | null;
  return { preset: preset && PERIOD_PRESETS.includes(preset) ? preset : DEFAULT_PRESET };
}

/** The dashboard's state and its changes (each a new history entry, so Back undoes a drill). */
export function useDashboardState(): [DashboardState, (change: Partial<DashboardState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<DashboardState>(
    () => ({ region: params.get('region'), period: readPeriod(params), measure: params.get('measure') ?? VOLUME }),
    [params],
  );
  const change = useCallback(
    (next: Partial<DashboardState>) => {
      const merged = { ...state, ...next };
      const out = new URLSearchParams();
      if (merged.region) out.set('region', merged.region);
      if ('preset' in merged.period) {
        if (merged.period.preset !== DEFAULT_PRESET) out.set('period', merged.period.preset);
      } else {
        out.set('from', merged.period.from);
        out.set('to', merged.period.to);
      }
      if (merged.measure !== VOLUME) out.set('measure', merged.measure);
      setParams(out);
    },
    [state, setParams],
  );
  return [state, change];
}
