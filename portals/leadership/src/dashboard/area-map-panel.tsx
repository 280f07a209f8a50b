import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation, type Language, type TFunction } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { useMemo } from 'react';
import { ChartView } from '../charts/lazy-chart';
import { DataTable } from '../charts/data-table';
import { DISTRICT_CODES, mapName } from '../charts/map-name';
import { leadershipZhCN } from '../messages/zh-CN';
import { areaLevel } from './area';
import { kpiByArea, kpiMeasures, volumeByArea, type AreaFigure } from './area-figures';
import { VOLUME } from './dashboard-state';
import { formatNumber } from './figures';
import { periodRange, type Period } from './period';
import { kpisQuery, trendQuery, type KpiCode, type KpiUnitRole } from './stats-queries';

type Districts = typeof leadershipZhCN.district;
const districtKey = (code: string) => code as keyof Districts;

export interface AreaMapPanelProps {
  regionCode: string;
  period: Period;
  measure: string;
  onMeasure: (measure: string) => void;
  /** Drill into a district of the city. */
  onDrill: (code: string) => void;
}

const measureLabel = (t: TFunction<'leadership'>, measure: string) => {
  if (measure === VOLUME) return t('map.volume');
  const [code, role] = measure.split(':') as [KpiCode, KpiUnitRole];
  return t('map.measureOption', { kpi: t(`kpi.code.${code}`), role: t(`kpi.role.${role}`) });
};

/**
 * The map of the area (the city's 16 districts, or one district's outline) shaded by the
 * number of petitions or by a KPI, with the child areas' figures as a bar chart (a district's
 * streets, which have no outlines) and as a table whose names drill down.
 */
export function AreaMapPanel({ regionCode, period, measure, onMeasure, onDrill }: AreaMapPanelProps) {
  const { t } = useTranslation('leadership');
  const { language } = useLanguage();
  const { from, to } = periodRange(period);
  const volume = useQuery(trendQuery(regionCode, from, to, 'YEAR', 'REGION'));
  const kpis = useQuery(kpisQuery(regionCode, period, 'REGION'));
  const level = areaLevel(regionCode);
  const areaName = t(`district.${districtKey(regionCode.slice(0, 6))}`, { defaultValue: regionCode });
  const measures = [VOLUME, ...kpiMeasures(kpis.data ?? [])];
  const figures = useMemo(() => {
    const found = measure === VOLUME ? volumeByArea(volume.data ?? []) : kpiByArea(kpis.data ?? [], measure);
    if (level !== 'CITY') return found;
    // every district has its row (and its way down), with or without figures
    const empty = measure === VOLUME ? 0 : null;
    return DISTRICT_CODES.map(
      (code) =>
        found.find((f) => f.code === code) ?? { code, name: leadershipZhCN.district[code], nameEn: null, value: empty },
    );
  }, [level, measure, volume.data, kpis.data]);
  const nameOf = (figure: AreaFigure) =>
    level === 'CITY'
      ? t(`district.${districtKey(figure.code)}`, { defaultValue: figure.name })
      : language === 'en' && figure.nameEn
        ? figure.nameEn
        : figure.name;
  const title = level === 'CITY' ? t('map.title') : t('map.streets', { name: areaName });
  const pending = measure === VOLUME ? volume : kpis;
  const byMeasure = measureLabel(t, measure);

  return (
    <section className="dashboard-panel map-panel" aria-labelledby="map-title">
      <h2 id="map-title">{title}</h2>
      <div className="panel-controls">
        <label>
          {t('map.measure')}
          <select value={measure} onChange={(e) => onMeasure(e.target.value)}>
            {measures.map((m) => (
              <option key={m} value={m}>
                {measureLabel(t, m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ChartView
        className="chart chart-map"
        mapArea={regionCode}
        option={mapOption(regionCode, level === 'CITY' ? figures : [], nameOf, language)}
        label={t('map.chartLabel', { area: areaName, measure: byMeasure })}
        onSelect={level === 'CITY' ? onDrill : undefined}
      />
      {pending.isPending && <Loading />}
      {pending.isError && <ErrorMessage error={pending.error} />}
      {level === 'DISTRICT' &&
        pending.isSuccess &&
        (figures.length === 0 ? (
          <p>{t('map.noStreets')}</p>
        ) : (
          <ChartView
            className="chart chart-bars"
            option={barOption(figures, nameOf)}
            label={t('map.streetChartLabel', { area: areaName, measure: byMeasure })}
          />
        ))}
      {level === 'CITY' && <p className="hint">{t('map.drillHint')}</p>}
      {/* the city's districts are listed, and lead down, even before (or without) their figures */}
      {(level === 'CITY' || pending.isSuccess) && (
        <DataTable
          key={regionCode}
          title={title}
          columns={[t('map.region'), byMeasure]}
          rows={figures.map((figure) => ({
            key: figure.code,
            cells: [
              // a district leads down to its streets; the streets are the last level shown
              level === 'CITY' ? (
                <button
                  type="button"
                  className="button-link"
                  onClick={() => onDrill(figure.code)}
                  aria-label={t('map.drill', { name: nameOf(figure) })}
                >
                  {nameOf(figure)}
                </button>
              ) : (
                nameOf(figure)
              ),
              pending.isSuccess ? formatFigure(figure.value, measure, language) : '—',
            ],
          }))}
        />
      )}
    </section>
  );
}

const SHADES = ['#dbe8f6', '#0b4fa3'];

/** A figure as the table shows it: a count, or a percentage with one decimal. */
const formatFigure = (value: number | null, measure: string, language: Language): string =>
  value === null ? '—' : measure === VOLUME ? formatNumber(value, language) : `${formatNumber(value, language, 1)}%`;

function mapOption(regionCode: string, figures: AreaFigure[], nameOf: (f: AreaFigure) => string, language: string) {
  const values = figures.map((f) => f.value ?? 0);
  // the outlines are named in Chinese; show them in the reader's language
  const nameMap = Object.fromEntries(
    DISTRICT_CODES.map((code) => [
      leadershipZhCN.district[code],
      nameOf({ code, name: leadershipZhCN.district[code], nameEn: null, value: null }),
    ]),
  );
  return {
    aria: { enabled: false },
    tooltip: { trigger: 'item' },
    visualMap: figures.length
      ? {
          min: 0,
          max: Math.max(1, ...values),
          calculable: false,
          inRange: { color: SHADES },
          left: 0,
          bottom: 0,
          itemHeight: 100,
        }
      : undefined,
    series: [
      {
        type: 'map',
        map: mapName(regionCode),
        nameMap,
        label: { show: true, fontSize: language === 'en' ? 10 : 11 },
        selectedMode: false,
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#f2b632' } },
        data: figures.map((f) => ({ id: f.code, name: nameOf(f), value: f.value ?? undefined })),
      },
    ],
  };
}

function barOption(figures: AreaFigure[], nameOf: (f: AreaFigure) => string) {
  const sorted = [...figures].sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  return {
    aria: { enabled: false },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map(nameOf) },
    series: [
      { type: 'bar', itemStyle: { color: '#0b4fa3' }, data: sorted.map((f) => ({ id: f.code, value: f.value })) },
    ],
  };
}
