import { lazyPage, mountPortal } from '@tjxf/ui';
import { workbenchMessages } from './messages';
import { StartPage } from './start-page';
import './workbench.css';

// pages beside the first one load when first opened (docs/performance.md)
const PetitionPage = lazyPage(() => import('./petition/petition-page'), 'PetitionPage');
const SupervisionPage = lazyPage(() => import('./supervision/supervision-page'), 'SupervisionPage');
const UnitsPage = lazyPage(() => import('./units/units-page'), 'UnitsPage');
const AccountsPage = lazyPage(() => import('./admin/accounts-page'), 'AccountsPage');
const UnitsRuleSetsPage = lazyPage(() => import('./admin/units-rule-sets-page'), 'UnitsRuleSetsPage');
const AuditPage = lazyPage(() => import('./admin/audit-page'), 'AuditPage');
const CategoriesPage = lazyPage(() => import('./admin/categories-page'), 'CategoriesPage');
const KpiWeightsPage = lazyPage(() => import('./admin/kpi-weights-page'), 'KpiWeightsPage');
const AccessLogPage = lazyPage(() => import('./admin/access-log-page'), 'AccessLogPage');
const KeyPersonsPage = lazyPage(() => import('./key-persons/key-persons-page'), 'KeyPersonsPage');
const FrontDeskPage = lazyPage(() => import('./front-desk/front-desk-page'), 'FrontDeskPage');

// the administration section (issue 10): for ADMIN only, hidden from the others' navigation
const ADMIN = ['ADMIN'] as const;
// the key-person register (issue 11): petition offices keep it, leaders read its log
const KEY_PERSONS = ['PETITION_OFFICER', 'LEADER'] as const;
// the front desk (登记, issue 11): petition offices register letters, visits and calls
const PETITION_OFFICE = ['PETITION_OFFICER'] as const;
// the inbox and supervision: the staff who handle petitions (the administrator reads neither)
const STAFF = ['PETITION_OFFICER', 'UNIT_HANDLER', 'UNIT_HEAD', 'LEADER'] as const;

// Petition officers and unit staff start at their inbox (收件箱) once signed in.
mountPortal({
  id: 'workbench',
  basename: import.meta.env.BASE_URL,
  messages: workbenchMessages,
  startPage: { element: <StartPage />, navLabel: (t) => t('nav.inbox', { ns: 'workbench' }), roles: STAFF },
  routes: [
    { path: 'petitions/:id', element: <PetitionPage /> },
    {
      path: 'register',
      element: <FrontDeskPage />,
      roles: PETITION_OFFICE,
      navLabel: (t) => t('frontDesk.nav', { ns: 'workbench' }),
    },
    {
      path: 'supervision',
      element: <SupervisionPage />,
      roles: STAFF,
      navLabel: (t) => t('nav.supervision', { ns: 'workbench' }),
    },
    { path: 'units', element: <UnitsPage />, navLabel: (t) => t('nav.units', { ns: 'workbench' }) },
    { path: 'admin', element: <AccountsPage />, roles: ADMIN, navLabel: (t) => t('admin.nav', { ns: 'workbench' }) },
    { path: 'admin/units', element: <UnitsRuleSetsPage />, roles: ADMIN },
    { path: 'admin/audit', element: <AuditPage />, roles: ADMIN },
    { path: 'admin/reference', element: <CategoriesPage />, roles: ADMIN },
    { path: 'admin/kpi-weights', element: <KpiWeightsPage />, roles: ADMIN },
    { path: 'admin/access-log', element: <AccessLogPage />, roles: ADMIN },
    {
      path: 'key-persons',
      element: <KeyPersonsPage />,
      roles: KEY_PERSONS,
      navLabel: (t) => t('keyPersons.nav', { ns: 'workbench' }),
    },
  ],
});
