import type { TestPlatform } from '@tjxf/test-kit';
import { dataOf } from './demo.js';

/** Issue 12: helpers of the statistics tests. */
export const KPIS = `query K($filter: KpiFilter!) {
  kpis(filter: $filter) { code unitRole regionCode unit { id } from to numerator denominator rate previousRate formula }
}`;

export interface KpiValue {
  code: string;
  unitRole: string;
  regionCode: string | null;
  unit: { id: string } | null;
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** The Beijing date of an instant, `days` later. */
export const beijingDay = (at: Date, days = 0) =>
  new Date(at.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A unit's KPIs by `code:role`, as `token` reads them through the gateway. */
export async function unitKpis(
  platform: TestPlatform,
  token: string,
  filter: Record<string, unknown>,
): Promise<Map<string, KpiValue>> {
  const { kpis } = await dataOf<{ kpis: KpiValue[] }>(platform, token, KPIS, { filter });
  return new Map(kpis.map((v) => [`${v.code}:${v.unitRole}`, v]));
}

/** How much each KPI's numerator and denominator moved between two readings (only those that did). */
export function moved(before: Map<string, KpiValue>, after: Map<string, KpiValue>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [key, value] of after) {
    const was = before.get(key);
    const change: [number, number] = [
      value.numerator - (was?.numerator ?? 0),
      value.denominator - (was?.denominator ?? 0),
    ];
    if (change[0] || change[1]) out[key] = change;
  }
  return out;
}

/**
 * Applies every event written so far to the projections (the poll loop would within a second).
 * An event is served once every older transaction of the server has ended (docs/events.md), and
 * other test files share the server: so this applies until the cursor reaches the last event.
 */
export async function project(platform: TestPlatform): Promise<void> {
  const rows = await platform.services.petitions.orm.em
    .fork()
    .getConnection()
    .execute<{ last: string }[]>(
      `select tx_id::text || ':' || seq::text as last from petitions.outbox_event order by tx_id desc, seq desc limit 1`,
    );
  const last = rows[0]?.last ?? '0:0';
  for (const started = Date.now(); Date.now() - started < 20_000;) {
    await platform.services.stats.rounds.projection!();
    const [cursor] = (await statsRows(
      platform,
      `select last_tx_id::text || ':' || last_seq::text as at from stats.event_cursor`,
    )) as { at: string }[];
    if (cursor?.at === last) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the projections did not reach the last event ${last} within 20 s`);
}

/** The stats tables, read directly, for comparing projections. */
export async function statsRows(platform: TestPlatform, query: string): Promise<unknown[]> {
  return platform.services.stats.orm.em.fork().getConnection().execute(query);
}

/** Every rollup and fact table, in a stable order: what a rebuild must reproduce exactly. */
export async function projectionSnapshot(platform: TestPlatform): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    kpi_day: 'select kpi, role, unit_id, day::text, numerator, denominator from stats.kpi_day order by 1, 2, 3, 4',
    kpi_month:
      'select kpi, role, unit_id, month::text, numerator, denominator from stats.kpi_month order by 1, 2, 3, 4',
    trend_day:
      'select day::text, region_code, category_code, channel, count, collective, skipped_level from stats.trend_day order by 1, 2, 3, 4',
    trend_month:
      'select month::text, region_code, category_code, channel, count, collective, skipped_level from stats.trend_month order by 1, 2, 3, 4',
    kpi_fact: 'select fact_key, kpi, role, unit_id, day::text, numerator, denominator from stats.kpi_fact order by 1',
    petition_fact: 'select * from stats.petition_fact order by petition_id',
  };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, sql]) => [name, await statsRows(platform, sql)] as const),
  );
  return Object.fromEntries(entries);
}
