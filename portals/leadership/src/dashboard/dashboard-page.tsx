import { useTranslation } from '@tjxf/i18n';
import { Loading, Page, useViewer } from '@tjxf/ui';
import { Link } from 'react-router';
import { AreaMapPanel } from './area-map-panel';
import { AreaTrail } from './area-trail';
import { areaLevel, isWithin, viewerArea } from './area';
import { useDashboardState } from './dashboard-state';
import { KpiTiles } from './kpi-tiles';
import { HotSpotsPanel } from './hot-spots-panel';
import { PeriodPicker } from './period-picker';
import { RankingPanel } from './ranking-panel';
import { TrendPanel } from './trend-panel';
import { OverdueList, SupervisionList } from './petition-lists';

/**
 * The leadership dashboard (领导驾驶舱, issue 12): the KPIs of the viewer's area, its map and
 * child areas, trends, hot spots, rankings and the overdue and supervised petitions. A district
 * viewer sees their district and its streets only: the UI offers nothing outside, and the API
 * answers FORBIDDEN for it.
 */
export function DashboardPage() {
  const { t } = useTranslation('leadership');
  const { data: viewer } = useViewer();
  const [state, change] = useDashboardState();
  const own = viewer ? viewerArea(viewer) : null;
  if (!viewer) return <Loading />;
  if (!own) return <Page title={t('dashboard.title')}>{t('dashboard.noData')}</Page>;
  const region = state.region && isWithin(state.region, own) ? state.region : own;
  const drill = (code: string) => change({ region: code });
  return (
    <Page title={t('dashboard.title')}>
      <div className="dashboard" data-level={areaLevel(region)}>
        <p className="dashboard-intro">
          {t('dashboard.intro')} <Link to={`/annual-report?region=${region}`}>{t('annualReport.open')}</Link>
        </p>
        <div className="dashboard-bar">
          <AreaTrail region={region} own={own} onGo={(code) => change({ region: code === own ? null : code })} />
          <PeriodPicker
            key={JSON.stringify(state.period)}
            period={state.period}
            onChange={(period) => change({ period })}
          />
        </div>
        <KpiTiles regionCode={region} period={state.period} />
        {/* a street's office sees its figures, lists and trends: streets have no outlines */}
        {areaLevel(region) !== 'STREET' && (
          <AreaMapPanel
            regionCode={region}
            period={state.period}
            measure={state.measure}
            onMeasure={(measure) => change({ measure })}
            onDrill={drill}
          />
        )}
        <TrendPanel regionCode={region} period={state.period} />
        <HotSpotsPanel regionCode={region} />
        <RankingPanel regionCode={region} period={state.period} />
        <OverdueList regionCode={region} />
        <SupervisionList regionCode={region} />
      </div>
    </Page>
  );
}
