import { useViewer } from '@tjxf/ui';
import { Navigate } from 'react-router';
import { InboxPage } from './inbox/inbox-page';

/**
 * Where a signed-in user starts: the inbox, or for an administrator who works no petitions
 * (ADMIN reads accounts and reference data, not petitions: issue 8) the administration section.
 */
export function StartPage() {
  const { data: viewer } = useViewer();
  const adminOnly = viewer?.roles.length && viewer.roles.every((role) => role === 'ADMIN');
  return adminOnly ? <Navigate to="/admin" replace /> : <InboxPage />;
}
