import { queryOptions } from '@tanstack/react-query';
import {
  execute,
  LeadershipHotSpotsDocument,
  LeadershipKpisDocument,
  LeadershipScoresDocument,
  LeadershipTrendDocument,
  type KpiCode,
  type KpiUnitRole,
  type LeadershipHotSpotsQuery,
  type LeadershipKpisQuery,
  type LeadershipScoresQuery,
  type LeadershipTrendQuery,
  type TrendBy,
  type TrendInterval,
} from '@tjxf/graphql-client';
import type { Period } from './period';

export type { KpiCode, KpiUnitRole, TrendBy, TrendInterval };
export type KpiValue = LeadershipKpisQuery['kpis'][number];
export type TrendPoint = LeadershipTrendQuery['petitionTrend'][number];
export type HotSpot = LeadershipHotSpotsQuery['hotSpots'][number];
export type PerformanceScore = LeadershipScoresQuery['performanceScores'][number];

/** The filter's period part: a preset, or from–to. */
const periodFilter = (period: Period) => ('preset' in period ? { preset: period.preset } : period);

/** The KPIs of an area as a whole, or of each of its child areas (`groupBy: REGION`). */
export const kpisQuery = (regionCode: string, period: Period, groupBy: 'NONE' | 'REGION') =>
  queryOptions({
    queryKey: ['kpis', regionCode, period, groupBy],
    queryFn: ({ signal }) =>
      execute(LeadershipKpisDocument, { filter: { regionCode, groupBy, ...periodFilter(period) } }, { signal }).then(
        (d) => d.kpis,
      ),
  });

/** Petitions per period, by category (within `categoryCode`: its children), child area or channel. */
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
      execute(
        LeadershipTrendDocument,
        { filter: { regionCode, from, to, interval, by, categoryCode } },
        { signal },
      ).then((d) => d.petitionTrend),
  });

export const hotSpotsQuery = (regionCode: string) =>
  queryOptions({
    queryKey: ['hotSpots', regionCode],
    queryFn: ({ signal }) => execute(LeadershipHotSpotsDocument, { regionCode }, { signal }).then((d) => d.hotSpots),
  });

export const scoresQuery = (regionCode: string, period: Period) =>
  queryOptions({
    queryKey: ['performanceScores', regionCode, period],
    queryFn: ({ signal }) =>
      execute(LeadershipScoresDocument, { filter: { regionCode, ...periodFilter(period) } }, { signal }).then(
        (d) => d.performanceScores,
      ),
  });
