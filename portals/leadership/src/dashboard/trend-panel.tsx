import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { useState } from 'react';
import { DataTable } from '../charts/data-table';
import { ChartView } from '../charts/lazy-chart';
import { formatNumber } from './figures';
import { defaultInterval, periodRange, type Period } from './period';
import { trendQuery, type TrendBy, type TrendInterval, type TrendPoint } from './stats-queries';
import { trendSeries } from './trend-series';

const BY: readonly TrendBy[] = ['CATEGORY', 'REGION', 'CHANNEL', 'NONE'];
const INTERVALS: readonly TrendInterval[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const COLOURS = ['#0b4fa3', '#b35c00', '#1d6b33', '#8a1c7c', '#a4221b', '#4a5059'];

/** Petitions per day, week, month or year of the period, by category, area or channel (R-INFO). */
export function TrendPanel({ regionCode, period }: { regionCode: string; period: Period }) {
  const { t } = useTranslation('leadership');
  const { t: common } = useTranslation();
  const { language } = useLanguage();
  const { from, to } = periodRange(period);
  const [by, setBy] = useState<TrendBy>('CATEGORY');
  const [chosenInterval, setInterval] = useState<TrendInterval | null>(null);
  const interval = chosenInterval ?? defaultInterval(from, to);
  const trend = useQuery(trendQuery(regionCode, from, to, interval, by));
  const labelOf = (point: TrendPoint) =>
    by === 'NONE'
      ? t('trend.total')
      : by === 'CHANNEL' && point.key
        ? common(`channel.${point.key as 'ONLINE'}`, { defaultValue: point.label ?? point.key })
        : ((language === 'en' ? point.labelEn : null) ?? point.label ?? point.key ?? '—');
  const { periods, series } = trendSeries(trend.data ?? [], labelOf, t('trend.other'));
  const title = t('trend.title');

  return (
    <section className="dashboard-panel" aria-labelledby="trend-title">
      <h2 id="trend-title">{title}</h2>
      <div className="panel-controls">
        <label>
          {t('trend.by')}
          <select value={by} onChange={(e) => setBy(e.target.value as TrendBy)}>
            {BY.map((b) => (
              <option key={b} value={b}>
                {t(`trend.byOption.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trend.interval')}
          <select value={interval} onChange={(e) => setInterval(e.target.value as TrendInterval)}>
            {INTERVALS.map((i) => (
              <option key={i} value={i}>
                {t(`trend.intervalOption.${i}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {trend.isPending ? (
        <Loading />
      ) : trend.isError ? (
        <ErrorMessage error={trend.error} />
      ) : periods.length === 0 ? (
        <p>{t('dashboard.noData')}</p>
      ) : (
        <>
          <ChartView
            option={{
              aria: { enabled: false },
              color: COLOURS,
              tooltip: { trigger: 'axis' },
              legend: { type: 'scroll', bottom: 0 },
              grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
              xAxis: { type: 'category', data: periods },
              yAxis: { type: 'value', minInterval: 1 },
              series: series.map((line) => ({ type: 'line', name: line.label, data: line.counts, symbolSize: 6 })),
            }}
            label={t('trend.chartLabel', {
              by: t(`trend.byOption.${by}`),
              interval: t(`trend.intervalOption.${interval}`),
            })}
          />
          <DataTable
            title={title}
            columns={[t('trend.period'), ...series.map((line) => line.label)]}
            rows={periods.map((period, i) => ({
              key: period,
              cells: [period, ...series.map((line) => formatNumber(line.counts[i] ?? 0, language))],
            }))}
          />
        </>
      )}
    </section>
  );
}
