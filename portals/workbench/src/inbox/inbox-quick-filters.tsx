import { useQuery } from '@tanstack/react-query';
import { InboxStatusCountsDocument, execute, type PetitionFilter } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatCount } from '@tjxf/ui';
import { Link } from 'react-router';
import { PETITION_STATUSES, inboxSearchParams, type InboxFilters } from './inbox-filters';

export interface InboxQuickFiltersProps {
  filters: InboxFilters;
  /** The API's filter for the counts (the inbox's, statuses and search aside by the server). */
  filter: PetitionFilter | null;
  onApply: (filters: InboxFilters) => void;
}

/**
 * Above the list, applied at once (issue 10): "overdue only" and "my tasks" as toggles, and how
 * many petitions stand at each status, each a link to those alone.
 */
export function InboxQuickFilters({ filters, filter, onApply }: InboxQuickFiltersProps) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const counts = useQuery({
    queryKey: ['inbox', 'counts', filter],
    queryFn: ({ signal }) =>
      execute(InboxStatusCountsDocument, { filter }, { signal }).then((d) => d.petitionStatusCounts),
    staleTime: 0,
  });
  const byStatus = new Map(counts.data?.map((c) => [c.status, formatCount(c.count, c.capped, language)]));
  const only = filters.status.length === 1 ? filters.status[0] : null;
  const toggle = (part: 'overdue' | 'mine') => (
    <button
      type="button"
      className="button button-secondary inbox-toggle"
      aria-pressed={filters[part]}
      onClick={() => onApply({ ...filters, [part]: !filters[part] })}
    >
      {t(part === 'overdue' ? 'inbox.overdueOnly' : 'inbox.myTasks')}
    </button>
  );
  return (
    <div className="inbox-quick">
      <div className="inbox-toggles" role="group" aria-label={t('inbox.quick')}>
        {toggle('overdue')}
        {toggle('mine')}
      </div>
      {counts.data?.length ? (
        <ul className="inbox-status-counts" aria-label={t('inbox.statusCounts')} data-testid="status-counts">
          {PETITION_STATUSES.filter((s) => byStatus.has(s)).map((status) => (
            <li key={status}>
              <Link
                to={`?${inboxSearchParams({ ...filters, status: [status] }).toString()}`}
                aria-current={only === status ? 'true' : undefined}
              >
                {tc(`petitionStatus.${status}`)} <strong>{byStatus.get(status)}</strong>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
