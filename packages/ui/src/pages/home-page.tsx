import { useTranslation } from '@tjxf/i18n';
import { Page } from '../components/page.js';
import { usePortal } from '../shell/portal-context.js';
import { useViewer } from '../session/viewer-query.js';
import { ViewerSummary } from './viewer-summary.js';

/** A portal's home once signed in: who you are, then what the portal adds. */
export function HomePage() {
  const { t } = useTranslation();
  const portal = usePortal();
  const { data: viewer } = useViewer();
  if (!viewer) return null; // RequireAccess renders this page only for a viewer
  return (
    <Page title={t('viewer.welcome', { name: viewer.displayName })}>
      <ViewerSummary viewer={viewer} />
      {portal.home}
    </Page>
  );
}
