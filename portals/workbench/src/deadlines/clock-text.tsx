import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { TimeLeftText } from './time-left-text';

/**
 * Where a running clock stands: its time left, or, while a hearing has stopped it (R-P10,
 * R-T1), that it is paused and since when; its due day moves once the hearing ends.
 */
export function ClockText({ dueAt, pausedAt }: { dueAt: string; pausedAt?: string | null | undefined }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  if (!pausedAt) return <TimeLeftText dueAt={dueAt} />;
  return (
    <span className="time-left time-left-paused" data-testid="time-left">
      <strong>{t('timeLeft.paused')}</strong>
      {language === 'en' ? ' ' : null}
      <span className="muted">
        <time dateTime={pausedAt}>{t('timeLeft.pausedSince', { date: formatDate(pausedAt, language) })}</time>
      </span>
    </span>
  );
}
