import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate, formatDateTime } from '@tjxf/ui';
import type { SupervisionOrderFieldsFragment } from '@tjxf/graphql-client';
import type { ReactNode } from 'react';

/** Where a supervision order stands: answered, escalated, overdue or open until its date. */
export function orderState(
  order: SupervisionOrderFieldsFragment,
  now = Date.now(),
): 'answered' | 'escalated' | 'overdue' | 'open' {
  if (order.answeredAt) return 'answered';
  if (order.escalatedAt) return 'escalated';
  return new Date(order.dueAt).getTime() < now ? 'overdue' : 'open';
}

/** One supervision order (督办单, R-P11): level, trigger, who issued it to whom, by when, the answer. */
export function SupervisionOrderItem({
  order,
  children,
}: {
  order: SupervisionOrderFieldsFragment;
  children?: ReactNode;
}) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const state = orderState(order);
  return (
    <>
      <p>
        <strong>{tc(`supervisionLevel.${order.level}`)}</strong>
        {' · '}
        {t(`supervisionTrigger.${order.trigger}`)}
        {' · '}
        <span className={`order-state order-${state}`}>{t(`supervision.state.${state}`)}</span>
      </p>
      <p>
        {t('supervision.toUnit', { unit: order.unit.name })}
        {' · '}
        {order.issuedBy ? t('supervision.issuedBy', { unit: order.issuedBy.name }) : t('supervision.automatic')}
        {' · '}
        <time dateTime={order.issuedAt}>{formatDate(order.issuedAt, language)}</time>
      </p>
      <p>
        {t('supervision.dueAt', { date: formatDate(order.dueAt, language) })}
        {order.escalatedAt
          ? ` · ${t('supervision.escalatedAt', { date: formatDate(order.escalatedAt, language) })}`
          : null}
      </p>
      {order.note ? (
        <p className="user-text" data-testid="order-note">
          {order.note}
        </p>
      ) : null}
      {order.answer ? (
        <div className="order-answer">
          <p className="muted">
            {t('supervision.answeredAt', { at: formatDateTime(order.answeredAt ?? order.issuedAt, language) })}
          </p>
          <p className="user-text">{order.answer}</p>
        </div>
      ) : null}
      {children}
    </>
  );
}
