import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider, createI18n, type PortalMessages } from '@tjxf/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from '../pages/change-password-page.js';
import { HomePage } from '../pages/home-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { PublicHomePage } from '../pages/public-home-page.js';
import { RouteErrorPage } from '../pages/route-error-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { applyTextSize } from '../preferences/text-size.js';
import { createQueryClient } from '../session/query-client.js';
import { Layout } from './layout.js';
import { PortalContext, type PortalDefinition } from './portal-context.js';
import { RequireAccess, RequireRoles } from './require-access.js';

export interface MountPortalOptions extends PortalDefinition {
  /** Where the portal is served (Vite's `import.meta.env.BASE_URL`, e.g. `/workbench/`). */
  basename: string;
  /** The portal's own messages, in a namespace of its own. */
  messages?: PortalMessages;
  /** Default: the element with id `root`. */
  container?: HTMLElement;
}

/**
 * The route tree every portal shares: sign-in, changing one's password, its pages behind
 * RequireAccess (the home page too, unless the portal has a public one), not found.
 */
export function portalRoutes(portal: PortalDefinition): RouteObject[] {
  const route = ({ path, element, roles }: PortalDefinition['routes'][number]): RouteObject => ({
    path,
    element: roles ? <RequireRoles roles={roles}>{element}</RequireRoles> : element,
  });
  const signedInHome = portal.startPage?.element ?? <HomePage />;
  const home: RouteObject = {
    index: true,
    element: portal.publicHome === undefined ? signedInHome : <PublicHomePage />,
  };
  return [
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: 'sign-in', element: <SignInPage /> },
        // any signed-in user, of this portal or not, with a temporary password too
        { path: CHANGE_PASSWORD_PATH.slice(1), element: <ChangePasswordPage /> },
        ...(portal.publicHome === undefined ? [] : [home]),
        ...portal.routes.filter((r) => r.access === 'public').map(route),
        {
          element: <RequireAccess />,
          children: [
            ...(portal.publicHome === undefined ? [home] : []),
            ...portal.routes.filter((r) => r.access !== 'public').map(route),
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

/**
 * Starts a portal: language, text size, data cache, routes and the shared shell. A portal's
 * main.tsx calls this once with its id, its pages and its messages.
 */
export function mountPortal(options: MountPortalOptions): void {
  const { basename, messages, container = document.getElementById('root'), ...portal } = options;
  if (!container) throw new Error('mountPortal: no #root element in index.html');
  applyTextSize();
  const i18n = createI18n(messages ? { messages } : {});
  const queryClient = createQueryClient();
  const router = createBrowserRouter(portalRoutes(portal), { basename });
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <PortalContext value={portal}>
            <RouterProvider router={router} />
          </PortalContext>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
