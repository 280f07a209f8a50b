import { mountPortal } from '@tjxf/ui';
import { InboxPage } from './inbox/inbox-page';
import { workbenchMessages } from './messages';
import { PetitionPage } from './petition/petition-page';
import { SupervisionPage } from './supervision/supervision-page';
import { UnitsPage } from './units/units-page';
import './workbench.css';

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
