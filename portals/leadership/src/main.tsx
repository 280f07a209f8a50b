import { mountPortal } from '@tjxf/ui';
import { DashboardPage } from './dashboard/dashboard-page';
import { leadershipMessages } from './messages';
import './leadership.css';

// Leaders and petition offices start at the dashboard (领导驾驶舱, issue 12); its charts load
// with the first chart shown, apart from the first page (docs/leadership-dashboard.md).
mountPortal({
  id: 'leadership',
  basename: import.meta.env.BASE_URL,
  messages: leadershipMessages,
  startPage: { element: <DashboardPage />, navLabel: (t) => t('nav.dashboard', { ns: 'leadership' }) },
  routes: [],
});
