import { queryOptions } from '@tanstack/react-query';
import { execute, TypedDocumentString } from '@tjxf/graphql-client';
import type { Period } from './period';

// The statistics API's shape (issue 12, /work/wt/notes/stats-sdl.md) until its documents are generated.
export type KpiCode =
  | 'TIMELY_ACCEPTANCE_RATE'
  | 'ON_TIME_COMPLETION_RATE'
  | 'REPEAT_PETITION_RATE'
  | 'EVALUATION_RATE'
  | 'SATISFACTION_RATE'
  | 'ONLINE_SHARE'
  | 'CASE_OWNERSHIP_RESOLUTION_RATE';
export type KpiUnitRole = 'PETITION_OFFICE' | 'RESPONSIBLE_UNIT';
export type TrendBy = 'CATEGORY' | 'REGION' | 'CHANNEL' | 'NONE';
export type TrendInterval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface KpiValue {
  code: KpiCode;
  unitRole: KpiUnitRole;
  regionCode: string | null;
  regionName: string | null;
  from: string;
  to: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  formula: string;
  previousRate: number | null;
}
export interface TrendPoint {
  period: string;
  key: string | null;
  label: string | null;
  labelEn: string | null;
  count: number;
}
export interface HotSpot {
  kind: 'RISE' | 'COLLECTIVE' | 'SKIPPED_LEVEL';
  categoryCode: string | null;
  regionCode: string;
  label: string;
  labelEn: string | null;
  count: number;
  baseline: number;
  limit: number;
  since: string;
}
export interface PerformanceScore {
  unit: { id: string; name: string };
  unitRole: KpiUnitRole;
  score: number;
  rank: number;
  scheme: string;
  schemeVersion: number;
  parts: { kpi: KpiCode; weight: number; rate: number | null; points: number }[];
}

interface KpiFilter {
  regionCode?: string;
  from?: string;
  to?: string;
  preset?: string;
  groupBy?: 'NONE' | 'REGION' | 'UNIT';
}

const KPI_FIELDS = `code unitRole regionCode regionName from to numerator denominator rate formula previousRate`;
const KpisDocument = new TypedDocumentString<{ kpis: KpiValue[] }, { filter: KpiFilter }>(
  `query DashboardKpis($filter: KpiFilter!) { kpis(filter: $filter) { ${KPI_FIELDS} } }`,
);
const TrendDocument = new TypedDocumentString<
  { petitionTrend: TrendPoint[] },
  {
    filter: {
      regionCode?: string;
      from: string;
      to: string;
      interval: TrendInterval;
      by: TrendBy;
      categoryCode?: string | null;
    };
  }
>(`query DashboardTrend($filter: TrendFilter!) { petitionTrend(filter: $filter) { period key label labelEn count } }`);
const HotSpotsDocument = new TypedDocumentString<{ hotSpots: HotSpot[] }, { regionCode?: string }>(
  `query DashboardHotSpots($regionCode: String) { hotSpots(regionCode: $regionCode) { kind categoryCode regionCode label labelEn count baseline limit since } }`,
);
const ScoresDocument = new TypedDocumentString<{ performanceScores: PerformanceScore[] }, { filter: KpiFilter }>(
  `query DashboardScores($filter: KpiFilter!) { performanceScores(filter: $filter) { unit { id name } unitRole score rank scheme schemeVersion parts { kpi weight rate points } } }`,
);

/** The filter's period part: a preset, or from–to. */
const periodFilter = (period: Period) => ('preset' in period ? { preset: period.preset } : period);

/** The KPIs of an area as a whole, or of each of its child areas (`groupBy: REGION`). */
export const kpisQuery = (regionCode: string, period: Period, groupBy: 'NONE' | 'REGION') =>
  queryOptions({
    queryKey: ['kpis', regionCode, period, groupBy],
    queryFn: ({ signal }) =>
      execute(KpisDocument, { filter: { regionCode, groupBy, ...periodFilter(period) } }, { signal }).then(
        (d) => d.kpis,
      ),
  });

/** Petitions per period, by category, child area or channel. */
export const trendQuery = (
  regionCode: string,
  from: string,
  to: string,
  interval: TrendInterval,
  by: TrendBy,
  categoryCode: string | null = null,
) =>
  queryOptions({
    queryKey: ['petitionTrend', regionCode, from, to, interval, by, categoryCode],
    queryFn: ({ signal }) =>
      execute(TrendDocument, { filter: { regionCode, from, to, interval, by, categoryCode } }, { signal }).then(
        (d) => d.petitionTrend,
      ),
  });

export const hotSpotsQuery = (regionCode: string) =>
  queryOptions({
    queryKey: ['hotSpots', regionCode],
    queryFn: ({ signal }) => execute(HotSpotsDocument, { regionCode }, { signal }).then((d) => d.hotSpots),
  });

export const scoresQuery = (regionCode: string, period: Period) =>
  queryOptions({
    queryKey: ['performanceScores', regionCode, period],
    queryFn: ({ signal }) =>
      execute(ScoresDocument, { filter: { regionCode, ...periodFilter(period) } }, { signal }).then(
        (d) => d.performanceScores,
      ),
  });
