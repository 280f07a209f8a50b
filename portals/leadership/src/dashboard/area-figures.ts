import type { KpiValue, TrendPoint } from './stats-queries';

/** One child area's figure on the map and in its table. */
export interface AreaFigure {
  code: string;
  /** As the API names it (Chinese), or the code. */
  name: string;
  nameEn: string | null;
  /** The number of petitions, or a KPI as a percentage; null where nothing was rated. */
  value: number | null;
}

/** A measure the map can be shaded by: `VOLUME`, or a KPI of one kind of unit. */
export const measureKey = (value: Pick<KpiValue, 'code' | 'unitRole'>): string => `${value.code}:${value.unitRole}`;

/** The KPIs that the child areas have figures for, as measures (in the API's order). */
export const kpiMeasures = (values: readonly KpiValue[]): string[] => [...new Set(values.map(measureKey))];

/** Petitions per child area over the whole period (the trend's points summed per key). */
export function volumeByArea(points: readonly TrendPoint[]): AreaFigure[] {
  const byCode = new Map<string, AreaFigure>();
  for (const point of points) {
    if (!point.key) continue;
    const found = byCode.get(point.key);
    if (found) found.value = (found.value ?? 0) + point.count;
    else
      byCode.set(point.key, {
        code: point.key,
        name: point.label ?? point.key,
        nameEn: point.labelEn,
        value: point.count,
      });
  }
  return [...byCode.values()];
}

/** One KPI of one kind of unit per child area, as a percentage. */
export const kpiByArea = (values: readonly KpiValue[], measure: string): AreaFigure[] =>
  values
    .filter((v) => measureKey(v) === measure && v.regionCode)
    .map((v) => ({
      code: v.regionCode!,
      name: v.regionName ?? v.regionCode!,
      nameEn: null,
      value: v.rate === null ? null : Math.round(v.rate * 1000) / 10,
    }));
