import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, LoadMoreButton, Loading } from '@tjxf/ui';
import type { ReactNode } from 'react';

/** A page of a newest-first log as the API gives it. */
interface LogPage<N> {
  totalCount: number;
  edges: { node: N }[];
}

/** The apply and clear buttons of a log's filters. */
export function FilterButtons({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('workbench');
  return (
    <p className="button-row">
      <button type="submit" className="button button-primary">
        {t('admin.audit.apply')}
      </button>
      <button type="button" className="button button-secondary" onClick={onClear}>
        {t('admin.audit.clear')}
      </button>
    </p>
  );
}

/** A log's count, its table (one row per entry, `row` gives the cells) and "more". */
export function LogList<N extends { id: string }>({
  log,
  testId,
  label,
  headings,
  row,
}: {
  log: UseInfiniteQueryResult<InfiniteData<LogPage<N>>>;
  testId: string;
  label: string;
  headings: string[];
  row: (node: N) => ReactNode;
}) {
  const { t } = useTranslation('workbench');
  const rows = log.data?.pages.flatMap((page) => page.edges) ?? [];
  const total = log.data?.pages[0]?.totalCount;
  return (
    <>
      <p role="status" data-testid={`${testId}-count`}>
        {total === undefined ? null : t('admin.audit.count', { count: total })}
      </p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && rows.length === 0 ? <p>{t('admin.audit.empty')}</p> : null}
      {rows.length ? (
        <div className="admin-table-wrap">
          <table className="admin-table" aria-label={label}>
            <thead>
              <tr>
                {headings.map((heading) => (
                  <th scope="col" key={heading}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node }) => (
                <tr key={node.id} data-testid={`${testId}-row`}>
                  {row(node)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.hasNextPage ? (
        <LoadMoreButton
          pending={log.isFetchingNextPage}
          label={t('admin.audit.more')}
          pendingLabel={t('admin.audit.loadingMore')}
          onLoad={() => void log.fetchNextPage()}
        />
      ) : null}
    </>
  );
}
