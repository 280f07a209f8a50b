import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from './support/accounts.js';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';

// Issue 12 (CONTRACT "Statistics"): a district leader sees the district and its streets and
// nothing else (FORBIDDEN outside), the city sees all; nobody without stats:read sees any.
let platform: TestPlatform;
let tokens: Record<'leader.hexi' | 'leader.city' | 'xfb.hexi' | 'citizen' | 'handler.hexi.zj', string>;

const KPIS = `query K($filter: KpiFilter!) {
  kpis(filter: $filter) { code unitRole regionCode regionName unit { id name } from to numerator denominator rate formula previousRate }
}`;
const TREND = `query T($filter: TrendFilter!) { petitionTrend(filter: $filter) { period key label count } }`;
const HOT = `query H($regionCode: String) { hotSpots(regionCode: $regionCode) { kind regionCode count } }`;
const SCORES = `query P($filter: KpiFilter!) { performanceScores(filter: $filter) { unit { id } score rank } }`;
interface KpiValue {
  code: string;
  unitRole: string;
  regionCode: string | null;
  regionName: string | null;
  unit: { id: string; name?: string } | null;
  numerator: number;
  denominator: number;
  rate: number | null;
}

const ask = (token: string, query: string, variables: Record<string, unknown>) =>
  platform.graphql(query, variables, { token });

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['leader.hexi', 'leader.city', 'xfb.hexi', 'citizen', 'handler.hexi.zj'] as const);
});
afterAll(() => platform?.stop());

describe('statistics are scoped to the viewer’s area (issue 12)', () => {
  it('gives a district leader the district’s KPIs, by default and when asked for it', async () => {
    const own = await dataOf<{ kpis: KpiValue[] }>(platform, tokens['leader.hexi'], KPIS, { filter: {} });
    const asked = await dataOf<{ kpis: KpiValue[] }>(platform, tokens['leader.hexi'], KPIS, {
      filter: { regionCode: '120103', preset: 'YEAR' },
    });
    for (const values of [own.kpis, asked.kpis]) {
      expect(values).toHaveLength(14); // 7 KPIs × 2 roles
      expect(new Set(values.map((v) => v.regionCode))).toEqual(new Set(['120103']));
      expect(values[0]!.regionName).toBe('河西区');
    }
  });

  it('refuses a district leader another district, with FORBIDDEN and no figures', async () => {
    for (const [query, variables] of [
      [KPIS, { filter: { regionCode: '120101' } }],
      [KPIS, { filter: { regionCode: '120000' } }],
      [
        TREND,
        { filter: { regionCode: '120101', from: '2026-01-01', to: '2026-12-31', interval: 'MONTH', by: 'NONE' } },
      ],
      [HOT, { regionCode: '120101' }],
      [SCORES, { filter: { regionCode: '120101' } }],
    ] as const) {
      const result = await ask(tokens['leader.hexi'], query, variables);
      expect(errorCode(result), query).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('refuses a district leader a unit of another district, and gives one of the district', async () => {
    const outside = await ask(tokens['leader.hexi'], KPIS, { filter: { unitId: DEMO_UNITS.CITY_OFFICE } });
    expect(errorCode(outside)).toBe('FORBIDDEN');
    const inside = await dataOf<{ kpis: KpiValue[] }>(platform, tokens['leader.hexi'], KPIS, {
      filter: { unitId: DEMO_UNITS.HEXI_HOUSING, unitRole: 'RESPONSIBLE_UNIT' },
    });
    expect(inside.kpis).toHaveLength(7);
    expect(inside.kpis.every((v) => v.unit?.id === DEMO_UNITS.HEXI_HOUSING)).toBe(true);
    // the gateway resolves the unit's name from the units subgraph
    expect(inside.kpis[0]!.unit?.name).toBe('河西区住房和建设委员会');
  });

  it('gives the city every district, one value each, by region', async () => {
    const city = await dataOf<{ kpis: KpiValue[] }>(platform, tokens['leader.city'], KPIS, {
      filter: { regionCode: '120000', groupBy: 'REGION', unitRole: 'PETITION_OFFICE' },
    });
    const districts = new Set(city.kpis.map((v) => v.regionCode));
    expect(districts.size).toBe(16);
    expect(districts.has('120103')).toBe(true);
    const hexi = await dataOf<{ kpis: KpiValue[] }>(platform, tokens['leader.city'], KPIS, {
      filter: { regionCode: '120103' },
    });
    expect(hexi.kpis).toHaveLength(14);
  });

  it('refuses statistics to an account without stats:read', async () => {
    for (const user of ['citizen', 'handler.hexi.zj'] as const) {
      const result = await ask(tokens[user], KPIS, { filter: {} });
      expect(errorCode(result), user).toBe('FORBIDDEN');
    }
    const anonymous = await platform.graphql(KPIS, { filter: {} });
    expect(anonymous.data?.kpis ?? null).toBeNull();
  });

  it('refuses a period that is not one, naming the field', async () => {
    const result = await ask(tokens['leader.hexi'], KPIS, { filter: { from: '2026-02-30', to: '2026-03-01' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.from');
    const reversed = await ask(tokens['leader.hexi'], KPIS, { filter: { from: '2026-03-02', to: '2026-03-01' } });
    expect(reversed.errors?.[0]?.extensions?.field).toBe('filter.to');
  });
});
