import { useTranslation } from '@tjxf/i18n';
import { Link, NavLink } from 'react-router';
import { canUsePortal } from '../portals.js';
import { useViewer } from '../session/viewer-query.js';
import { AccountMenu } from './account-menu.js';
import { LanguageSwitch, TextSizeSwitch } from './display-switches.js';
import { usePortal } from './portal-context.js';

/** The portal's banner: its name, the display switches, the account and the navigation. */
export function Header() {
  const { t } = useTranslation();
  const portal = usePortal();
  const { data: viewer } = useViewer();
  const member = viewer ? canUsePortal(portal.id, viewer.roles) : false;
  const links = portal.routes.filter((r) => r.navLabel && (member || r.access === 'public'));
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
      </div>
      {member || links.length > 0 ? (
        <nav className="site-nav" aria-label={t('shell.mainNav')}>
          <ul>
            {member ? (
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
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
