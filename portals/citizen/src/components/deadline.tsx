import type { DayBasis, DeadlineKind } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate, ruleSetLabel } from '@tjxf/ui';

export interface DeadlineView {
  kind: DeadlineKind;
  dueAt: string;
  basis: DayBasis;
  days: number;
  ruleSet?: string;
  metAt?: string | null;
}

/** A time limit in words: what must happen, by which day (Beijing time), and on what basis. */
export function DeadlineText({ deadline }: { deadline: DeadlineView }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <strong>{tc(`deadlineKind.${deadline.kind}`)}</strong>
      {' · '}
      {t('deadline.by', { date: formatDate(deadline.dueAt, language) })}
      <span className="muted">
        {' · '}
        {t('deadline.period', { period: tc(`dayBasis.${deadline.basis}`, { count: deadline.days }) })}
        {deadline.ruleSet ? ` · ${t('deadline.rule', { rule: ruleSetLabel(tc, deadline.ruleSet) })}` : null}
      </span>
    </>
  );
}

/** The time limit now running: the earliest one not met yet. */
export function currentDeadline<D extends { dueAt: string; metAt?: string | null }>(deadlines: readonly D[]): D | null {
  return [...deadlines].filter((d) => !d.metAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null;
}
