import { useTranslation } from '@tjxf/i18n';
import { Link } from 'react-router';

/** Under the sign-in form of the citizen portal: citizens sign in with their phone; register, forgot password. */
export function CitizenSignInLinks() {
  const { t } = useTranslation('citizen');
  return (
    <div className="sign-in-links">
      <p>{t('account.signIn.citizens')}</p>
      <p>
        {t('account.signIn.noAccount')} <Link to="/register">{t('account.signIn.register')}</Link>
        {' · '}
        <Link to="/forgot-password">{t('account.signIn.forgot')}</Link>
      </p>
    </div>
  );
}
