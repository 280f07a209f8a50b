import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { timeLeft, timeLeftMessage, timeLeftTone } from './time-left';

/**
 * A time limit's time left (剩3天, 今天到期, 已超期2天) with its due day, in Beijing time;
 * overdue in red. The words carry the meaning, the colour only repeats it (WCAG 1.4.1).
 */
export function TimeLeftText({ dueAt, now = new Date() }: { dueAt: string; now?: Date }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const left = timeLeft(dueAt, now);
  const { key, count } = timeLeftMessage(left);
  return (
    <span className={`time-left time-left-${timeLeftTone(left)}`} data-testid="time-left">
      <strong>{t(key as never, count === undefined ? {} : { count })}</strong>
      {/* Chinese sets the full-width bracket without a space */}
      {language === 'en' ? ' ' : null}
      <span className="muted">
        <time dateTime={dueAt}>{t('timeLeft.dueOn', { date: formatDate(dueAt, language) })}</time>
      </span>
    </span>
  );
}
