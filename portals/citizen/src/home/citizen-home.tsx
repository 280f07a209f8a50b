import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import { Link } from 'react-router';
import './citizen-home.css';

const ENTRIES = [
  { key: 'file', to: '/file' },
  { key: 'suggest', to: '/suggest' },
  { key: 'track', to: '/track' },
  { key: 'my', to: '/my' },
] as const;

/** The citizen portal's ways in (R-ON1): file a petition, offer a suggestion, follow a case, see one's own. */
export function CitizenHome() {
  const { t } = useTranslation('citizen');
  const { data: viewer } = useViewer();
  return (
    <>
      <ul className="entry-list">
        {ENTRIES.map(({ key, to }) => (
          <li key={key} className="card entry">
            <h2>
              <Link to={to}>{t(`home.${key}.title`)}</Link>
            </h2>
            <p>{key === 'my' && !viewer ? t('home.my.signInFirst') : t(`home.${key}.body`)}</p>
            {key === 'my' && !viewer ? (
              <p>
                {t('account.signIn.noAccount')} <Link to="/register">{t('account.signIn.register')}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="home-notes">
        <h2 id="home-notes">{t('home.notes.title')}</h2>
        <ul>
          <li>{t('home.notes.legal')}</li>
          <li>{t('home.notes.confidential')}</li>
          <li>{t('home.notes.truthful')}</li>
        </ul>
      </section>
    </>
  );
}
