import { useLanguage, useTranslation } from '@tjxf/i18n';
import type { Viewer } from '@tjxf/graphql-client';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../components/status.js';
import { CHANGE_PASSWORD_PATH } from '../pages/change-password-page.js';
import { rolesLabel } from '../labels.js';
import { useSignOut } from '../session/use-session.js';

/** Who is signed in, where to change the password, and the way out. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const onSignOut = () =>
    signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { replace: true }) });
  return (
    <div className="account">
      <p className="account-who">
        <span className="visually-hidden">{t('shell.account')}: </span>
        <span className="account-name">{viewer.displayName}</span>{' '}
        <span className="account-role">{rolesLabel(t, viewer.roles, viewer.representativeKind, language)}</span>
      </p>
      <Link to={CHANGE_PASSWORD_PATH} className="button button-header">
        {t('shell.changePassword')}
      </Link>
      <SignOutButton pending={signOut.isPending} onClick={onSignOut} placement="header" />
      {signOut.isError ? <ErrorMessage error={signOut.error} /> : null}
    </div>
  );
}

export interface SignOutButtonProps {
  pending: boolean;
  onClick: () => void;
  /** On the dark banner, or on the page. */
  placement: 'header' | 'page';
}

export function SignOutButton({ pending, onClick, placement }: SignOutButtonProps) {
  const { t } = useTranslation();
  const look = placement === 'header' ? 'button-header' : 'button-secondary';
  return (
    <button type="button" className={`button ${look}`} onClick={onClick} disabled={pending}>
      {pending ? t('shell.signingOut') : t('shell.signOut')}
    </button>
  );
}
