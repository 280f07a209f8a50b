import { queryOptions, useQuery } from '@tanstack/react-query';
import { SupervisionBoardDocument, execute, type SupervisionFilter } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, Page } from '@tjxf/ui';
import { Link, useSearchParams } from 'react-router';
import { SupervisionOrderItem } from './supervision-order-item';
import './supervision.css';

/** Orders on the board; the server sorts them by due date. */
const BOARD_SIZE = 100;

const boardQuery = (filter: SupervisionFilter) =>
  queryOptions({
    queryKey: ['supervision', filter],
    queryFn: ({ signal }) =>
      execute(SupervisionBoardDocument, { filter, first: BOARD_SIZE }, { signal }).then((d) => d.supervisionOrders),
    staleTime: 0,
  });

const FILTERS = ['open', 'overdue'] as const;

/**
 * 督办 (/workbench/supervision): the supervision orders in the viewer's area or to its unit,
 * by due date, filtered to those still open or past their date (in the URL); each links to
 * its petition.
 */
export function SupervisionPage() {
  const { t } = useTranslation('workbench');
  const [params, setParams] = useSearchParams();
  const filter: SupervisionFilter = Object.fromEntries(
    FILTERS.filter((name) => params.get(name) === '1').map((name) => [name, true]),
  );
  const orders = useQuery(boardQuery(filter));
  const toggle = (name: (typeof FILTERS)[number], on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set(name, '1');
    else next.delete(name);
    setParams(next);
  };
  return (
    <Page title={t('supervision.title')}>
      <p>{t('supervision.intro')}</p>
      <fieldset className="choices supervision-filters">
        <legend>{t('supervision.filters')}</legend>
        {FILTERS.map((name) => (
          <label key={name} className="choice">
            <input type="checkbox" checked={filter[name] === true} onChange={(e) => toggle(name, e.target.checked)} />
            <span className="choice-label">{t(`supervision.filter.${name}`)}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" data-testid="supervision-count">
        {orders.data ? t('supervision.count', { count: orders.data.length }) : null}
      </p>
      {orders.isPending ? <Loading /> : null}
      {orders.isError ? <ErrorMessage error={orders.error} onRetry={() => void orders.refetch()} /> : null}
      {orders.data && orders.data.length === 0 ? <p>{t('supervision.empty')}</p> : null}
      {orders.data && orders.data.length > 0 ? (
        <ul className="record-list supervision-board" aria-label={t('supervision.listLabel')}>
          {orders.data.map((order) => (
            <li key={order.id} className="card" data-testid="supervision-row">
              <h2 className="supervision-petition">
                <Link to={`/petitions/${order.petition.id}`}>{order.petition.title}</Link>
              </h2>
              <p className="muted">
                <span className="tracking-code">{t('inbox.code', { code: order.petition.trackingCode })}</span>
              </p>
              <SupervisionOrderItem order={order} />
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
