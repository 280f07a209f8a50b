import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { DataTable } from '../charts/data-table';
import { ChartView } from '../charts/lazy-chart';
import { formatNumber } from './figures';
import type { Period } from './period';
import { scoresQuery } from './stats-queries';

/** How many units the chart ranks; the table has them all. */
const CHART_UNITS = 10;

/** The units' weighted performance scores and ranks (绩效评估, R-PERF). */
export function RankingPanel({ regionCode, period }: { regionCode: string; period: Period }) {
  const { t } = useTranslation('leadership');
  const { language } = useLanguage();
  const scores = useQuery(scoresQuery(regionCode, period));
  const title = t('ranking.title');
  const ranked = [...(scores.data ?? [])].sort((a, b) => a.rank - b.rank);
  const top = ranked.slice(0, CHART_UNITS).reverse();
  const first = ranked[0];
  return (
    <section className="dashboard-panel" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{title}</h2>
      {scores.isPending ? (
        <Loading />
      ) : scores.isError ? (
        <ErrorMessage error={scores.error} />
      ) : !first ? (
        <p>{t('ranking.none')}</p>
      ) : (
        <>
          <p className="hint">{t('ranking.scheme', { scheme: first.scheme, version: first.schemeVersion })}</p>
          <ChartView
            option={{
              aria: { enabled: false },
              tooltip: { trigger: 'axis' },
              grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: top.map((s) => `${s.rank}. ${s.unit.name}`) },
              series: [{ type: 'bar', itemStyle: { color: '#0b4fa3' }, data: top.map((s) => s.score) }],
            }}
            label={t('ranking.chartLabel')}
          />
          <DataTable
            title={title}
            columns={[t('ranking.rank'), t('ranking.unit'), t('ranking.role'), t('ranking.score'), t('ranking.parts')]}
            rows={ranked.map((s) => ({
              key: `${s.unit.id}:${s.unitRole}`,
              cells: [
                s.rank,
                s.unit.name,
                t(`kpi.role.${s.unitRole}`),
                formatNumber(s.score, language, 1),
                s.parts
                  .map((p) =>
                    t('ranking.part', { kpi: t(`kpi.code.${p.kpi}`), points: formatNumber(p.points, language, 1) }),
                  )
                  .join(language === 'en' ? '; ' : '；'),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
