import { useTranslation } from '@tjxf/i18n';
import { Page } from '@tjxf/ui';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import './admin.css';

/** The routes of the administration section (ADMIN only: main.tsx), as its tabs link them. */
export const ADMIN_TABS = [
  { path: 'admin', key: 'accounts' },
  { path: 'admin/units', key: 'units' },
  { path: 'admin/audit', key: 'audit' },
  { path: 'admin/access-log', key: 'accessLog' },
  { path: 'admin/reference', key: 'reference' },
  { path: 'admin/kpi-weights', key: 'kpiWeights' },
] as const;

/** A page of the administration section: its heading, the section's own navigation, the page. */
export function AdminSection({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation('workbench');
  return (
    <Page title={title}>
      <nav className="admin-tabs" aria-label={t('admin.sectionNav')}>
        <ul>
          {ADMIN_TABS.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/${tab.path}`} end>
                {t(`admin.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p>{intro}</p>
      {children}
    </Page>
  );
}
