import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate, formatDateTime, historyActionLabel, ruleSetLabel } from '@tjxf/ui';
import { ClockText } from '../deadlines/clock-text';
import type { StaffPetition } from './petition-query';

type Deadline = StaffPetition['deadlines'][number];

/**
 * Every time limit of the petition with what it was computed from (R-T2): the period, the
 * rule set by name (its code and version in the title), the event it runs from; open ones with their time left, or
 * paused while a hearing runs, and the days hearings took, which do not count (R-P10); a
 * running one counted on a year whose holiday arrangement is not published is marked
 * provisional, with why (R-T1).
 */
export function DeadlineList({ deadlines, current }: { deadlines: readonly Deadline[]; current: Deadline | null }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  if (deadlines.length === 0) return <p>{t('petition.deadlinesEmpty')}</p>;
  const eventName = (event: string) => {
    const label = historyActionLabel(tc, event);
    return label === tc('historyAction.OTHER') ? event : label;
  };
  return (
    <ul className="deadline-list" data-testid="deadlines">
      {deadlines.map((d) => {
        const isCurrent = d === current;
        return (
          <li key={`${d.kind}-${d.startAt}`} className={isCurrent ? 'deadline deadline-current' : 'deadline'}>
            <p className="deadline-what">
              <strong>{tc(`deadlineKind.${d.kind}`)}</strong>
              {isCurrent ? <span className="deadline-current-tag"> · {t('petition.current')}</span> : null}
            </p>
            <p>
              {d.metAt ? (
                <span className="deadline-met">{t('petition.met', { date: formatDate(d.metAt, language) })}</span>
              ) : (
                <ClockText dueAt={d.dueAt} pausedAt={d.closedAt ? null : d.pausedAt} />
              )}
            </p>
            {d.provisional && !d.metAt && !d.closedAt ? (
              <p className="deadline-provisional" data-testid="deadline-provisional">
                {t('petition.provisional')}
              </p>
            ) : null}
            {d.pausedDays > 0 ? (
              <p data-testid="deadline-paused-days">{t('petition.pausedDays', { count: d.pausedDays })}</p>
            ) : null}
            <p className="muted">
              {t('petition.basis', {
                period: t(`period.${d.basis}`, { count: d.days }),
                event: eventName(d.startEvent),
              })}
              {' · '}
              {/* the rule set by its name; its code and version for those who ask */}
              <span
                className="rule-set"
                data-testid="deadline-rule-set"
                title={t('petition.ruleSetCode', { code: d.ruleSet, version: d.ruleSetVersion })}
              >
                {ruleSetLabel(tc, d.ruleSet)}
              </span>
              {' · '}
              {t('petition.startedAt', { at: formatDateTime(d.startAt, language) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
