import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, formatCount, formatDate, Loading } from '@tjxf/ui';
import { isWithin } from './area';
import { LIST_LENGTH, overdueQuery, supervisionQuery, workbenchPetitionPath } from './list-queries';

/** A petition's tracking code, opening it in the workbench (where leaders instruct and supervise). */
function PetitionLink({ id, code }: { id: string; code: string }) {
  const { t } = useTranslation('leadership');
  return (
    <a href={workbenchPetitionPath(id)} aria-label={t('overdue.open', { code })}>
      {code}
    </a>
  );
}

/** The area's petitions past their time limit, most overdue first. */
export function OverdueList({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation('leadership');
  const { language } = useLanguage();
  const overdue = useQuery(overdueQuery(regionCode));
  return (
    <section className="dashboard-panel" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('overdue.title')}</h2>
      {overdue.isPending ? (
        <Loading />
      ) : overdue.isError ? (
        <ErrorMessage error={overdue.error} />
      ) : overdue.data.totalCount === 0 ? (
        <p>{t('overdue.none')}</p>
      ) : (
        <>
          <p>
            {t('overdue.total', {
              count: formatCount(overdue.data.totalCount, overdue.data.totalCountCapped, language),
            })}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('overdue.code')}</th>
                  <th scope="col">{t('overdue.matter')}</th>
                  <th scope="col">{t('overdue.unit')}</th>
                  <th scope="col">{t('overdue.due')}</th>
                </tr>
              </thead>
              <tbody>
                {overdue.data.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <PetitionLink id={node.id} code={node.trackingCode} />
                    </th>
                    <td>{node.title}</td>
                    <td>{(node.leadUnit ?? node.receivingUnit)?.name ?? '—'}</td>
                    <td>{node.currentDeadline ? formatDate(node.currentDeadline.dueAt, language) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {overdue.data.totalCount > LIST_LENGTH && <a href="/workbench/">{t('overdue.more')}</a>}
        </>
      )}
    </section>
  );
}

/** The open supervision orders on the area's units. */
export function SupervisionList({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation('leadership');
  const { t: common } = useTranslation();
  const { language } = useLanguage();
  const orders = useQuery(supervisionQuery());
  const now = Date.now();
  const inArea = (orders.data ?? []).filter((o) => isWithin(o.unit.regionCode, regionCode)).slice(0, LIST_LENGTH);
  return (
    <section className="dashboard-panel" aria-labelledby="supervision-title">
      <h2 id="supervision-title">{t('supervision.title')}</h2>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <ErrorMessage error={orders.error} />
      ) : inArea.length === 0 ? (
        <p>{t('supervision.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('overdue.code')}</th>
                <th scope="col">{t('supervision.level')}</th>
                <th scope="col">{t('supervision.unit')}</th>
                <th scope="col">{t('supervision.due')}</th>
              </tr>
            </thead>
            <tbody>
              {inArea.map((order) => (
                <tr key={order.id}>
                  <th scope="row">
                    <PetitionLink id={order.petition.id} code={order.petition.trackingCode} />
                    <span className="list-title">{order.petition.title}</span>
                  </th>
                  <td>{common(`supervisionLevel.${order.level}`)}</td>
                  <td>{order.unit.name}</td>
                  <td>
                    {formatDate(order.dueAt, language)}
                    {Date.parse(order.dueAt) < now && <strong className="kpi-bad"> {t('supervision.overdue')}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
