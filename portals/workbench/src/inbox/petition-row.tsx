import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { Link, useLocation } from 'react-router';
import { ClockText } from '../deadlines/clock-text';
import { RiskBadge } from '../petition/risk-badge';
import { categoryText } from '../reference/category-path';
import { categoryTreeQuery } from '../reference/reference-queries';
import type { InboxPetition } from './inbox-query';

/** One petition of the inbox: what it is, where it stands, who leads, and the time left. */
export function PetitionRow({ petition }: { petition: InboxPetition }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const location = useLocation();
  const categories = useQuery(categoryTreeQuery);
  const deadline = petition.currentDeadline;
  return (
    <li className="inbox-row" data-testid="inbox-row">
      <h2 className="inbox-row-title">
        {/* the inbox's filters travel along, so "back" returns to the same list */}
        <Link to={`/petitions/${petition.id}`} state={{ inbox: location.search }}>
          {petition.title}
        </Link>
      </h2>
      <p className="inbox-row-badges">
        <span className="status-badge">{tc(`petitionStatus.${petition.status}`)}</span>{' '}
        {petition.riskLevel > 0 || petition.riskFlags.length ? (
          <RiskBadge level={petition.riskLevel} flags={petition.riskFlags} />
        ) : null}{' '}
        <span className="tracking-code">{t('inbox.code', { code: petition.trackingCode })}</span>
      </p>
      <dl className="inbox-row-facts">
        <div>
          <dt>{t('petition.category')}</dt>
          <dd>
            {categories.data ? categoryText(categories.data, petition.categoryCode, language) : petition.categoryCode}
          </dd>
        </div>
        <div>
          <dt>{t('inbox.received')}</dt>
          <dd>
            <time dateTime={petition.receivedAt}>{formatDate(petition.receivedAt, language)}</time>
          </dd>
        </div>
        <div>
          {/* the level it came in at: a district office sees its streets' and communities' too (R-NET) */}
          <dt>{t('inbox.receivingUnit')}</dt>
          <dd data-testid="inbox-receiving-unit">
            {t('inbox.unitWithLevel', {
              name: petition.receivingUnit.name,
              level: tc(`unitLevel.${petition.receivingUnit.level}`),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('inbox.leadUnit')}</dt>
          <dd>{petition.leadUnit?.name ?? t('inbox.noLeadUnit')}</dd>
        </div>
        <div>
          <dt>{t('inbox.deadline')}</dt>
          <dd>
            {deadline ? (
              <>
                {tc(`deadlineKind.${deadline.kind}`)} ·{' '}
                <ClockText dueAt={deadline.dueAt} pausedAt={deadline.pausedAt} />
              </>
            ) : (
              t('inbox.noDeadline')
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
