import { mountPortal } from '@tjxf/ui';
import { WorkbenchHome } from './home';
import { workbenchMessages } from './messages';
import { UnitsPage } from './units/units-page';

mountPortal({
  id: 'workbench',
  basename: import.meta.env.BASE_URL,
  messages: workbenchMessages,
  home: <WorkbenchHome />,
  routes: [{ path: 'units', element: <UnitsPage />, navLabel: (t) => t('nav.units', { ns: 'workbench' }) }],
});
