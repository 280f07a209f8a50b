import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../components/status.js';
import { WrongPortalPage } from '../pages/wrong-portal-page.js';
import { canUsePortal, hasAnyRole } from '../portals.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import type { Role } from '@tjxf/graphql-client';
import type { ReactNode } from 'react';
import { useViewer } from '../session/viewer-query.js';
import { usePortal } from './portal-context.js';
import { CHANGE_PASSWORD_PATH } from '../pages/change-password-page.js';

/**
 * The portal's own pages: sign-in first, a new password after a temporary one, and a way on
 * for users of another portal.
 */
export function RequireAccess() {
  const portal = usePortal();
  const location = useLocation();
  const viewer = useViewer();
  if (viewer.isPending) return <Loading />;
  if (viewer.isError) return <ErrorMessage error={viewer.error} onRetry={() => void viewer.refetch()} />;
  const from = { from: location.pathname + location.search };
  if (!viewer.data) return <Navigate to="/sign-in" replace state={from} />;
  if (viewer.data.passwordChangeRequired) return <Navigate to={CHANGE_PASSWORD_PATH} replace state={from} />;
  if (!canUsePortal(portal.id, viewer.data.roles)) return <WrongPortalPage viewer={viewer.data} />;
  return <Outlet />;
}

/**
 * A page only some of the portal's users may open (PortalRoute.roles): the others get "not
 * found", as they would for a page that does not exist; the API refuses them anyway.
 */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const viewer = useViewer();
  if (viewer.isPending) return <Loading />;
  return hasAnyRole(viewer.data?.roles, roles) ? children : <NotFoundPage />;
}
