import type { Viewer } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useNavigate } from 'react-router';
import { Page } from '../components/page.js';
import { rolesLabel } from '../labels.js';
import { portalPath, portalsFor } from '../portals.js';
import { SignOutButton } from '../shell/account-menu.js';
import { usePortal } from '../shell/portal-context.js';
import { useSignOut } from '../session/use-session.js';

/** A signed-in user of another kind: say whom this portal is for and link theirs. */
export function WrongPortalPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const portal = usePortal();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const theirs = portalsFor(viewer.roles);
  return (
    <Page title={t('wrongPortal.title')}>
      <p>
        {t('wrongPortal.body', {
          portal: t(`portal.${portal.id}`),
          audience: t(`audience.${portal.id}`),
          role: rolesLabel(t, viewer.roles, viewer.representativeKind, language),
        })}
      </p>
      {theirs.length > 0 ? (
        <ul className="link-list">
          {theirs.map((id) => (
            <li key={id}>
              {/* another single-page app: a full page load, not a router link */}
              <a className="button button-primary" href={portalPath(id)}>
                {t('wrongPortal.goTo', { portal: t(`portal.${id}`) })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('wrongPortal.noPortal')}</p>
      )}
      <p>{t('wrongPortal.switchAccount')}</p>
      <SignOutButton
        pending={signOut.isPending}
        placement="page"
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { replace: true }) })}
      />
    </Page>
  );
}
