import { useTranslation } from '@tjxf/i18n';
import { useRouteError } from 'react-router';
import { ErrorMessage } from '../components/status.js';

/** A page that failed to render: the message of an internal error, and the way back. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error); // for whoever opens the console when reporting it
  return (
    <main id="main" className="site-main">
      <h1 className="page-title">{t('platform')}</h1>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
