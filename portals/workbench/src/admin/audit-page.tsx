import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventKind, AuditLogFilter } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, LoadMoreButton, Loading, formatDateTime } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { AdminSection } from './admin-section';
import { auditLogQuery } from './admin-queries';

const KINDS: readonly AuditEventKind[] = [
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'SIGN_IN_THROTTLED',
  'SIGNED_OUT',
  'PASSWORD_CHANGED',
  'PASSWORD_CHANGE_FAILED',
  'ACCOUNT_CREATED',
  'ACCOUNT_DISABLED',
  'ACCOUNT_ENABLED',
  'PASSWORD_RESET',
  'ROLES_CHANGED',
  'UNITS_CHANGED',
];

const EMPTY = { kind: '', from: '', to: '' };

/** A `datetime-local` value (the administrator's clock) as an instant. */
const instant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** 安全审计日志: sign-ins and what was done to which account, newest first (`audit:read`). */
export function AuditPage() {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [filter, setFilter] = useState<AuditLogFilter | null>(null);
  const [rangeProblem, setRangeProblem] = useState(false);
  const log = useInfiniteQuery(auditLogQuery(filter));
  const rows = log.data?.pages.flatMap((page) => page.edges) ?? [];
  const total = log.data?.pages[0]?.totalCount;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const from = instant(draft.from);
    const to = instant(draft.to);
    // said where it is typed, before asking the server
    setRangeProblem(Boolean(from && to && from >= to));
    if (from && to && from >= to) return;
    const next: AuditLogFilter = {};
    if (draft.kind) next.kinds = [draft.kind as AuditEventKind];
    if (from) next.from = from;
    if (to) next.to = to;
    setFilter(Object.keys(next).length ? next : null);
  };
  return (
    <AdminSection title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
      <form role="search" aria-label={t('admin.audit.filters')} className="card admin-form" onSubmit={onSubmit}>
        <div className="form-line">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('admin.audit.kind')}</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              <option value="">{t('admin.accounts.any')}</option>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.auditKind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('admin.audit.from')}</label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('admin.audit.to')}</label>
            {rangeProblem ? (
              <p className="field-error" id={`${id}-to-problem`}>
                {t('admin.audit.badRange')}
              </p>
            ) : null}
            <input
              id={`${id}-to`}
              type="datetime-local"
              value={draft.to}
              aria-invalid={rangeProblem || undefined}
              aria-describedby={rangeProblem ? `${id}-to-problem` : undefined}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
        </div>
        <p className="button-row">
          <button type="submit" className="button button-primary">
            {t('admin.audit.apply')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft(EMPTY);
              setRangeProblem(false);
              setFilter(null);
            }}
          >
            {t('admin.audit.clear')}
          </button>
        </p>
      </form>
      <p role="status" data-testid="audit-count">
        {total === undefined ? null : t('admin.audit.count', { count: total })}
      </p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && rows.length === 0 ? <p>{t('admin.audit.empty')}</p> : null}
      {rows.length ? (
        <div className="admin-table-wrap">
          <table className="admin-table" aria-label={t('admin.audit.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.at')}</th>
                <th scope="col">{t('admin.audit.kind')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.ip')}</th>
                <th scope="col">{t('admin.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node }) => (
                <tr key={node.id} data-testid="audit-row">
                  <td>{formatDateTime(node.at, language)}</td>
                  <td>{t(`admin.auditKind.${node.kind}`)}</td>
                  <td>{node.username}</td>
                  <td>{node.actorUsername ?? '—'}</td>
                  <td>{node.ip ?? '—'}</td>
                  <td className="admin-detail">{node.detail ?? ''}</td>
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
    </AdminSection>
  );
}
