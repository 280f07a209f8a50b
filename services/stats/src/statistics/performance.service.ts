import { invalidField } from '@tjxf/domain';
import { KpiCode } from '../kpi/kpi-weight.entity.js';
import type { KpiWeightService } from '../kpi/kpi-weight.service.js';
import type { KpiWeightType } from '../kpi/kpi-weight.type.js';
import type { KpiService } from './kpi.service.js';
import { KpiGroupBy, type KpiFilter, type KpiValueType, type PerformanceScoreType } from './statistics.types.js';

/** The scheme scored when none is named: the example weighting of R-P14 (seed). */
export const DEFAULT_SCHEME = 'district-example-2022';

/**
 * One unit's points for one KPI: rate × weight (the repeat rate, lower being better,
 * (1 − rate) × weight), less the penalty when a threshold is set and the rate is below it. A KPI
 * with nothing to count (rate null) earns nothing and costs nothing (docs/kpis.md).
 */
export function partPoints(weight: KpiWeightType, rate: number | null): number {
  if (rate == null) return 0;
  const achieved = weight.kpi === KpiCode.REPEAT_PETITION_RATE ? 1 - rate : rate;
  const penalty = weight.threshold != null && rate < weight.threshold ? (weight.penalty ?? 0) : 0;
  return round(achieved * weight.weight - penalty);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Ranks by score, best first; equal scores share a rank (1, 1, 3). */
export function rankScores<T extends { score: number }>(scores: T[]): (T & { rank: number })[] {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  return sorted.map((s) => ({ ...s, rank: sorted.findIndex((o) => o.score === s.score) + 1 }));
}

/** Weighted scores per unit from its KPIs, by the weight scheme in force on the period's last day (R-PERF). */
export class PerformanceService {
  constructor(
    private readonly kpis: KpiService,
    private readonly weights: KpiWeightService,
  ) {}

  async scores(filter: KpiFilter, scheme: string | null | undefined): Promise<PerformanceScoreType[]> {
    const values = await this.kpis.values({ ...filter, groupBy: KpiGroupBy.UNIT });
    const to = values[0]?.to ?? null;
    const weights = await this.weights.inForce(scheme ?? DEFAULT_SCHEME, to);
    if (!weights.length) throw invalidField('scheme', 'STATS_SCHEME_UNKNOWN');
    const byUnit = new Map<string, KpiValueType[]>();
    for (const value of values) {
      const key = `${value.unitRole}|${value.unit!.id}`;
      byUnit.set(key, [...(byUnit.get(key) ?? []), value]);
    }
    const scored = [...byUnit.values()].map((unitValues) => {
      const parts = weights.map((w) => {
        const rate = unitValues.find((v) => v.code === w.kpi)?.rate ?? null;
        return { kpi: w.kpi, weight: w.weight, rate, points: partPoints(w, rate) };
      });
      return {
        unit: unitValues[0]!.unit!,
        unitRole: unitValues[0]!.unitRole,
        score: round(parts.reduce((sum, p) => sum + p.points, 0)),
        scheme: weights[0]!.scheme,
        schemeVersion: weights[0]!.version,
        parts,
      };
    });
    const roles = [...new Set(scored.map((s) => s.unitRole))].sort();
    return roles.flatMap((role) => rankScores(scored.filter((s) => s.unitRole === role)));
  }
}
