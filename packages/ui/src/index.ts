/**
 * @tjxf/ui: the shell the four portals share (banner, navigation, language and text-size
 * switches, sign-in, who you are, the wrong-portal page) and small building blocks. A
 * portal adds pages as routes: see {@link mountPortal}.
 */
import './styles/portal.css';

export { mountPortal, portalRoutes, type MountPortalOptions } from './shell/mount-portal.js';
export { usePortal, type PortalDefinition, type PortalRoute } from './shell/portal-context.js';
export { lazyPage } from './shell/lazy-page.js';
export { Page, type PageProps } from './components/page.js';
export { ErrorMessage, Loading, type ErrorMessageProps } from './components/status.js';
export { AttachmentList, type AttachmentLink } from './components/attachment-list.js';
export { LoadMoreButton, type LoadMoreButtonProps } from './components/load-more.js';
export { ViewerSummary } from './pages/viewer-summary.js';
export { ChangePasswordPage, CHANGE_PASSWORD_PATH, NEW_PASSWORD_MIN_LENGTH } from './pages/change-password-page.js';
export { describeError, refusalWords, serverMessage, type DescribeErrorOptions } from './errors.js';
export { BEIJING_TIME_ZONE, formatCount, formatDate, formatDateTime, formatFileSize } from './format.js';
export { historyActionLabel, roleLabel, rolesLabel, ruleSetLabel } from './labels.js';
export { PORTALS, PORTAL_IDS, canUsePortal, hasAnyRole, portalPath, portalsFor, type PortalId } from './portals.js';
export { useViewer, viewerQuery } from './session/viewer-query.js';
export {
  useChangePassword,
  useSignIn,
  useSignOut,
  type Credentials,
  type PasswordChange,
} from './session/use-session.js';
export { createQueryClient, QUERY_DEFAULTS } from './session/query-client.js';
export { applyTextSize, useTextSize, TEXT_SIZE_STORAGE_KEY, type TextSize } from './preferences/text-size.js';
