import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { formatNumber } from './figures';
import { hotSpotsQuery } from './stats-queries';

/** What rises beyond its own baseline now, and collective and skipped-level warnings (R-HOT). */
export function HotSpotsPanel({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation('leadership');
  const { language } = useLanguage();
  const hotSpots = useQuery(hotSpotsQuery(regionCode));
  return (
    <section className="dashboard-panel" aria-labelledby="hot-spots-title">
      <h2 id="hot-spots-title">{t('hotSpots.title')}</h2>
      {hotSpots.isPending ? (
        <Loading />
      ) : hotSpots.isError ? (
        <ErrorMessage error={hotSpots.error} />
      ) : hotSpots.data.length === 0 ? (
        <p>{t('hotSpots.none')}</p>
      ) : (
        <ul className="alert-list">
          {hotSpots.data.map((spot) => (
            <li key={`${spot.kind}:${spot.regionCode}:${spot.categoryCode ?? ''}`}>
              <strong>{t(`hotSpots.kind.${spot.kind}`)}</strong>{' '}
              {(language === 'en' ? spot.labelEn : null) ?? spot.label}
              <br />
              <span className="muted">
                {t('hotSpots.figures', {
                  since: spot.since,
                  count: formatNumber(spot.count, language),
                  baseline: formatNumber(spot.baseline, language, 1),
                  limit: formatNumber(spot.limit, language, 1),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
