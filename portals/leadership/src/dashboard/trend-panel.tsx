import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { useState } from 'react';
import { DataTable } from '../charts/data-table';
import { ChartView } from '../charts/lazy-chart';
import { formatNumber } from './figures';
import { defaultInterval, periodRange, type Period } from './period';
import { trendQuery, type TrendBy, type TrendInterval, type TrendPoint } from './stats-queries';
import { OTHER_KEY, trendSeries, type TrendSeries } from './trend-series';

const BY: readonly TrendBy[] = ['CATEGORY', 'REGION', 'CHANNEL', 'NONE'];
const INTERVALS: readonly TrendInterval[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const COLOURS = ['#0b4fa3', '#b35c00', '#1d6b33', '#8a1c7c', '#a4221b', '#4a5059'];
/** A category code has two digits per level: a third-level (小类) one has no children. */
const LEAF_CATEGORY_LENGTH = 6;

/** The categories opened (each leads back up) and the lines' categories to open next. */
function CategoryDrill({
  open,
  lines,
  onChange,
}: {
  open: { code: string; label: string }[];
  lines: TrendSeries[];
  onChange: (open: { code: string; label: string }[]) => void;
}) {
  const { t } = useTranslation('leadership');
  return (
    <div className="category-drill">
      {open.length > 0 && (
        <p>
          {t('trend.within', { path: open.map((c) => c.label).join(' › ') })}{' '}
          <button type="button" className="button-link" onClick={() => onChange(open.slice(0, -1))}>
            {t('trend.up')}
          </button>
        </p>
      )}
      {lines.length > 0 && (
        <ul className="category-choices" aria-label={t('trend.drill')}>
          {lines.map((line) => (
            <li key={line.key}>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onChange([...open, { code: line.key, label: line.label }])}
              >
                {line.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Petitions per day, week, month or year of the period, by category, area or channel (R-INFO). */
export function TrendPanel({ regionCode, period }: { regionCode: string; period: Period }) {
  const { t } = useTranslation('leadership');
  const { t: common } = useTranslation();
  const { language } = useLanguage();
  const { from, to } = periodRange(period);
  const [by, setBy] = useState<TrendBy>('CATEGORY');
  const [chosenInterval, setInterval] = useState<TrendInterval | null>(null);
  // the categories opened, from the top level down (大类 › 中类): with by CATEGORY, their children
  const [categories, setCategories] = useState<{ code: string; label: string }[]>([]);
  const category = by === 'CATEGORY' ? (categories.at(-1) ?? null) : null;
  const interval = chosenInterval ?? defaultInterval(from, to);
  const trend = useQuery(trendQuery(regionCode, from, to, interval, by, category?.code));
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
          {by === 'CATEGORY' && (
            <CategoryDrill
              open={categories}
              lines={series.filter((line) => line.key !== OTHER_KEY && line.key.length < LEAF_CATEGORY_LENGTH)}
              onChange={setCategories}
            />
          )}
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
