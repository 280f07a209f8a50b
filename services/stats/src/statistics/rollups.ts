import type pg from 'pg';
import { calendarPieces, type Period } from './period.js';

/** A KPI's parts summed over a period for one unit, as the rollups hold them. */
export interface KpiRow {
  kpi: string;
  /** PETITION_OFFICE, RESPONSIBLE_UNIT, or OWN: the unit's own role (docs/kpis.md). */
  role: string;
  unitId: string;
  numerator: number;
  denominator: number;
}

const COLUMNS = {
  kpi: 'kpi, role, unit_id, numerator, denominator',
  trend: 'region_code, category_code, channel, count, collective, skipped_level',
} as const;

/**
 * The rollup rows of a period as one relation with its date as `at`: the monthly rows for its
 * whole months (unless `daysOnly`, for weekly and daily buckets), the daily rows for the days at
 * either end, so that a year reads 12 rows per key instead of 365. `where` filters each part;
 * the period's dates are appended to `params`.
 */
export function rollupSource(
  kind: keyof typeof COLUMNS,
  period: Period,
  params: unknown[],
  where = 'true',
  daysOnly = false,
): string {
  const { months, days } = daysOnly ? { months: null, days: [period] } : calendarPieces(period);
  const part = (table: string, column: string, p: Period) => {
    params.push(p.from, p.to);
    return `select ${COLUMNS[kind]}, ${column} as at from stats.${kind}_${table}
             where ${where} and ${column} between $${params.length - 1}::date and $${params.length}::date`;
  };
  return [...(months ? [part('month', 'month', months)] : []), ...days.map((p) => part('day', 'day', p))].join(
    ' union all ',
  );
}

/** Each unit's KPI parts over a period; `units` null: every unit. */
export async function readKpiRows(pool: pg.Pool, period: Period, units: string[] | null): Promise<KpiRow[]> {
  const params: unknown[] = [units];
  const source = rollupSource('kpi', period, params, '($1::uuid[] is null or unit_id = any($1::uuid[]))');
  const { rows } = await pool.query<{ kpi: string; role: string; unit_id: string; n: string; d: string }>(
    `select kpi, role, unit_id::text, sum(numerator)::text as n, sum(denominator)::text as d
       from (${source}) r group by kpi, role, unit_id`,
    params,
  );
  return rows.map((r) => ({
    kpi: r.kpi,
    role: r.role,
    unitId: r.unit_id,
    numerator: Number(r.n),
    denominator: Number(r.d),
  }));
}
