import { useInfiniteQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, formatCount, LoadMoreButton, Loading, Page } from '@tjxf/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { InboxFilterForm } from './inbox-filter-form';
import { hasFilters, inboxSearchParams, parseInboxFilters, toPetitionFilter, type InboxFilters } from './inbox-filters';
import { inboxQuery } from './inbox-query';
import { InboxQuickFilters } from './inbox-quick-filters';
import { PetitionRow } from './petition-row';
import './inbox.css';

/**
 * 收件箱, the workbench's start page: the petitions the signed-in officer or unit may see,
 * filtered by what the URL says, in the server's order, a page at a time.
 */
export function InboxPage() {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(params), [params]);
  const filter = useMemo(() => toPetitionFilter(filters), [filters]);
  const petitions = useInfiniteQuery(inboxQuery(filter));
  const apply = (next: InboxFilters) => setParams(inboxSearchParams(next));
  const first = petitions.data?.pages[0];
  const total = first?.totalCount;
  const rows = petitions.data?.pages.flatMap((page) => page.edges) ?? [];
  const filtered = hasFilters(filters);

  return (
    <Page title={t('inbox.title')}>
      <p>{t('inbox.intro')}</p>
      {/* keyed by the URL, so back and forward reset what is typed but not applied */}
      <InboxFilterForm key={params.toString()} filters={filters} onApply={apply} />
      <InboxQuickFilters filters={filters} filter={filter} onApply={apply} />
      {/* how many, and in what order, on one line: the list starts on the first screen */}
      <div className="inbox-summary">
        <p role="status" className="inbox-count" data-testid="inbox-count">
          {total === undefined
            ? null
            : `${t(filtered ? 'inbox.countFiltered' : 'inbox.count', {
                count: formatCount(total, first?.totalCountCapped ?? false, language),
              })}${rows.length < total ? ` · ${t('inbox.shown', { shown: rows.length })}` : ''}`}
        </p>
        {rows.length ? (
          <p className="muted">{t(filters.text ? 'inbox.orderRelevance' : 'inbox.orderUrgency')}</p>
        ) : null}
      </div>
      {petitions.isPending ? <Loading /> : null}
      {petitions.isError ? <ErrorMessage error={petitions.error} onRetry={() => void petitions.refetch()} /> : null}
      {petitions.data ? (
        rows.length === 0 ? (
          <p>{t(filtered ? 'inbox.empty' : 'inbox.emptyAll')}</p>
        ) : (
          <ul className="inbox-list" aria-label={t('inbox.listLabel')}>
            {rows.map(({ node }) => (
              <PetitionRow key={node.id} petition={node} />
            ))}
          </ul>
        )
      ) : null}
      {petitions.hasNextPage ? (
        <LoadMoreButton
          pending={petitions.isFetchingNextPage}
          label={t('inbox.more')}
          pendingLabel={t('inbox.loadingMore')}
          onLoad={() => void petitions.fetchNextPage()}
        />
      ) : null}
    </Page>
  );
}
