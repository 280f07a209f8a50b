import { lazyPage, mountPortal } from '@tjxf/ui';
import { InboxPage } from './inbox/inbox-page';
import { workbenchMessages } from './messages';
import './workbench.css';

// pages beside the first one load when first opened (docs/performance.md)
const PetitionPage = lazyPage(() => import('./petition/petition-page'), 'PetitionPage');
const SupervisionPage = lazyPage(() => import('./supervision/supervision-page'), 'SupervisionPage');
const UnitsPage = lazyPage(() => import('./units/units-page'), 'UnitsPage');

// Petition officers and unit staff start at their inbox (收件箱) once signed in.
mountPortal({
  id: 'workbench',
  basename: import.meta.env.BASE_URL,
  messages: workbenchMessages,
  startPage: { element: <InboxPage />, navLabel: (t) => t('nav.inbox', { ns: 'workbench' }) },
  routes: [
    { path: 'petitions/:id', element: <PetitionPage /> },
    {
      path: 'supervision',
      element: <SupervisionPage />,
      navLabel: (t) => t('nav.supervision', { ns: 'workbench' }),
    },
    { path: 'units', element: <UnitsPage />, navLabel: (t) => t('nav.units', { ns: 'workbench' }) },
  ],
});
