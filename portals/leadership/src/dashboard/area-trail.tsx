import { useTranslation } from '@tjxf/i18n';
import { areaPath } from './area';

/** The areas from the viewer's own down to the one shown; the ones above it lead back up. */
export function AreaTrail({ region, own, onGo }: { region: string; own: string; onGo: (code: string) => void }) {
  const { t } = useTranslation('leadership');
  const name = (code: string) => t(`district.${code as '120000'}`, { defaultValue: code });
  const path = areaPath(region, own);
  return (
    <nav className="area-trail" aria-label={t('dashboard.breadcrumb')}>
      <ol>
        {path.map((code, i) =>
          i === path.length - 1 ? (
            <li key={code} aria-current="location">
              {t('dashboard.area', { name: name(code) })}
            </li>
          ) : (
            <li key={code}>
              <button type="button" className="button-link" onClick={() => onGo(code)}>
                {t('dashboard.backTo', { name: name(code) })}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
