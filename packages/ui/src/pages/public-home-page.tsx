import { useTranslation } from '@tjxf/i18n';
import { Page } from '../components/page.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { canUsePortal } from '../portals.js';
import { usePortal } from '../shell/portal-context.js';
import { useViewer } from '../session/viewer-query.js';
import { HomePage } from './home-page.js';
import { WrongPortalPage } from './wrong-portal-page.js';

/**
 * The home page of a portal open to visitors: its public part for whoever is not signed in;
 * for a signed-in user the usual home page (or the way to their own portal).
 */
export function PublicHomePage() {
  const { t } = useTranslation();
  const portal = usePortal();
  const viewer = useViewer();
  if (viewer.isPending) return <Loading />;
  if (viewer.isError) return <ErrorMessage error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (viewer.data) {
    return canUsePortal(portal.id, viewer.data.roles) ? <HomePage /> : <WrongPortalPage viewer={viewer.data} />;
  }
  return <Page title={t(`portal.${portal.id}`)}>{portal.publicHome}</Page>;
}
