import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime } from '@tjxf/ui';

export interface IssuedPassword {
  username: string;
  password: string;
  expiresAt: string;
}

/** A temporary password, shown this once (a new account, or a reset). */
export function TemporaryPasswordNotice({ issued, created = false }: { issued: IssuedPassword; created?: boolean }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  return (
    <div className="alert alert-success" role="status" data-testid="temporary-password">
      {created ? <p>{t('admin.create.created', { username: issued.username })}</p> : null}
      <p>{t('admin.accounts.temporaryPassword', { username: issued.username })}</p>
      <p className="admin-secret">{issued.password}</p>
      <p>{t('admin.accounts.temporaryExpires', { at: formatDateTime(issued.expiresAt, language) })}</p>
    </div>
  );
}
