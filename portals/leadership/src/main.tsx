import { Loading, mountPortal } from '@tjxf/ui';
import { lazy, Suspense } from 'react';
import { DashboardPage } from './dashboard/dashboard-page';
import { leadershipMessages } from './messages';
import './leadership.css';

// the annual report (issue 12, R-P15) loads when opened, not with the dashboard
const AnnualReportPage = lazy(async () => ({
  default: (await import('./annual-report/annual-report-page')).AnnualReportPage,
}));

// Leaders and petition offices start at the dashboard (领导驾驶舱, issue 12); its charts load
// with the first chart shown, apart from the first page (docs/leadership-dashboard.md).
mountPortal({
  id: 'leadership',
  basename: import.meta.env.BASE_URL,
  messages: leadershipMessages,
  startPage: { element: <DashboardPage />, navLabel: (t) => t('nav.dashboard', { ns: 'leadership' }) },
  routes: [
    {
      path: 'annual-report',
      element: (
        <Suspense fallback={<Loading />}>
          <AnnualReportPage />
        </Suspense>
      ),
      navLabel: (t) => t('nav.annualReport', { ns: 'leadership' }),
    },
  ],
});
