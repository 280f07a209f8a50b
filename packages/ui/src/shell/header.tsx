import { useTranslation } from '@tjxf/i18n';
import { Link, NavLink, useLocation } from 'react-router';
import { canUsePortal, hasAnyRole } from '../portals.js';
import { useViewer } from '../session/viewer-query.js';
import { AccountMenu } from './account-menu.js';
import { LanguageSwitch, TextSizeSwitch } from './display-switches.js';
import { usePortal } from './portal-context.js';

/** The portal's banner: its name, the display switches, the account and the navigation. */
export function Header() {
  const { t } = useTranslation();
  const portal = usePortal();
  const { data: viewer, isPending } = useViewer();
  const location = useLocation();
  const member = viewer ? canUsePortal(portal.id, viewer.roles) : false;
  const links = portal.routes.filter(
    (r) => r.navLabel && (member || r.access === 'public') && (!r.roles || hasAnyRole(viewer?.roles, r.roles)),
  );
  const open = portal.publicHome !== undefined;
  // visitors of a portal with public pages may sign in from anywhere, and come back there
  const offerSignIn = open && !isPending && !viewer && location.pathname !== '/sign-in';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <span className="brand-platform">{t('platform')}</span>
          <span className="brand-portal">{t(`portal.${portal.id}`)}</span>
        </Link>
        <div className="header-tools" role="group" aria-label={t('shell.settings')}>
          <LanguageSwitch />
          <TextSizeSwitch />
        </div>
        {viewer ? <AccountMenu viewer={viewer} /> : null}
        {offerSignIn ? (
          <Link to="/sign-in" state={{ from: location.pathname + location.search }} className="button button-header">
            {t('shell.signIn')}
          </Link>
        ) : null}
      </div>
      {member || open || links.length > 0 ? (
        <nav className="site-nav" aria-label={t('shell.mainNav')}>
          <ul>
            {(member || open) && (!portal.startPage?.roles || hasAnyRole(viewer?.roles, portal.startPage.roles)) ? (
              <li>
                <NavLink to="/" end>
                  {portal.startPage?.navLabel(t) ?? t('nav.home')}
                </NavLink>
              </li>
            ) : null}
            {links.map((route) => (
              <li key={route.path}>
                <NavLink to={`/${route.path}`}>{route.navLabel!(t)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
