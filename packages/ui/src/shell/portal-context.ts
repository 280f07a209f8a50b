import { createContext, useContext, type ReactNode } from 'react';
import type { TFunction } from '@tjxf/i18n';
import type { Role } from '@tjxf/graphql-client';
import type { PortalId } from '../portals.js';

/**
 * A page of a portal beside its home page; later issues add theirs here. An element made
 * with React.lazy loads its code when first opened (the layout shows a loading line meanwhile).
 */
export interface PortalRoute {
  /** Relative to the portal's base, e.g. `units` (no leading slash). */
  path: string;
  element: ReactNode;
  /** `signed-in` (default): only for the portal's users; `public`: for anyone, e.g. tracking. */
  access?: 'signed-in' | 'public';
  /** Shown in the main navigation when given. */
  navLabel?: (t: TFunction) => string;
  /**
   * Only for accounts with one of these roles (e.g. the administration section): hidden from
   * the navigation and answered as not found for the others. Default: every user of the portal.
   */
  roles?: readonly Role[];
}

export interface PortalDefinition {
  id: PortalId;
  routes: readonly PortalRoute[];
  /** Shown on the home page under "who you are". */
  home?: ReactNode;
  /**
   * When given, the portal's own start page replaces the welcome page for its signed-in
   * users (e.g. the workbench's inbox), named by `navLabel` in the navigation instead of
   * 首页. Not for a portal with a public home page. With `roles`, only those roles see it named
   * in the navigation (others are sent on from it, e.g. the administrator to the console).
   */
  startPage?: { element: ReactNode; navLabel: (t: TFunction) => string; roles?: readonly Role[] };
  /**
   * When given, the home page is public: visitors who are not signed in see this under the
   * portal's name (e.g. the citizen portal's ways to file or track a petition), and the
   * banner offers them a sign-in link. Default: the home page asks to sign in.
   */
  publicHome?: ReactNode;
  /** Shown under the sign-in form (e.g. the citizen portal's links to register and reset a password). */
  signInExtra?: ReactNode;
}

export const PortalContext = createContext<PortalDefinition | null>(null);

export function usePortal(): PortalDefinition {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal outside a portal: mount it with mountPortal()');
  return portal;
}
