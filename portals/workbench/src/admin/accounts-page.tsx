import { useInfiniteQuery } from '@tanstack/react-query';
import type { AccountFilter, AccountStatus, Role } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, LoadMoreButton, Loading, roleLabel } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { AccountRow, type RowOutcome } from './account-row';
import { AdminSection } from './admin-section';
import { accountsQuery } from './admin-queries';
import { CreateAccountForm } from './create-account-form';
import { ROLES } from './role-checks';
import { TemporaryPasswordNotice } from './temporary-password';

const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'DISABLED'];

/** 账号管理: find accounts, act on them, create one (ADMIN: `account:manage`). */
export function AccountsPage() {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState({ text: '', role: '', status: '' });
  const [filter, setFilter] = useState<AccountFilter | null>(null);
  const [outcome, setOutcome] = useState<RowOutcome | null>(null);
  const accounts = useInfiniteQuery(accountsQuery(filter));
  const rows = accounts.data?.pages.flatMap((page) => page.edges) ?? [];
  const total = accounts.data?.pages[0]?.totalCount;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: AccountFilter = {};
    if (draft.text.trim()) next.text = draft.text.trim();
    if (draft.role) next.role = draft.role as Role;
    if (draft.status) next.status = draft.status as AccountStatus;
    setFilter(Object.keys(next).length ? next : null);
  };
  return (
    <AdminSection title={t('admin.accounts.title')} intro={t('admin.accounts.intro')}>
      <form role="search" aria-label={t('admin.accounts.filters')} className="card admin-form" onSubmit={onSubmit}>
        <div className="form-line">
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('admin.accounts.text')}</label>
            <input
              id={`${id}-text`}
              type="search"
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('admin.accounts.role')}</label>
            <select id={`${id}-role`} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
              <option value="">{t('admin.accounts.any')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(tc, role)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('admin.accounts.status')}</label>
            <select
              id={`${id}-status`}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            >
              <option value="">{t('admin.accounts.any')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`admin.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-primary">
            {t('admin.accounts.find')}
          </button>
        </div>
      </form>
      {outcome ? (
        'issued' in outcome ? (
          <TemporaryPasswordNotice issued={outcome.issued} />
        ) : (
          <p className="alert alert-success" role="status">
            {outcome.text}
          </p>
        )
      ) : null}
      <p role="status" data-testid="accounts-count">
        {total === undefined ? null : t('admin.accounts.count', { count: total })}
      </p>
      {accounts.isPending ? <Loading /> : null}
      {accounts.isError ? <ErrorMessage error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {rows.length ? (
        <div className="admin-table-wrap">
          <table className="admin-table" aria-label={t('admin.accounts.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.username')}</th>
                <th scope="col">{t('admin.accounts.name')}</th>
                <th scope="col">{t('admin.accounts.roles')}</th>
                <th scope="col">{t('admin.accounts.units')}</th>
                <th scope="col">{t('admin.accounts.status')}</th>
                <th scope="col">{t('admin.accounts.lastSignIn')}</th>
                <th scope="col">{t('admin.accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node }) => (
                <AccountRow key={`${node.id}:${node.roles.join()}`} account={node} onDone={setOutcome} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {accounts.hasNextPage ? (
        <LoadMoreButton
          pending={accounts.isFetchingNextPage}
          label={t('admin.accounts.more')}
          pendingLabel={t('admin.accounts.loadingMore')}
          onLoad={() => void accounts.fetchNextPage()}
        />
      ) : null}
      <CreateAccountForm />
    </AdminSection>
  );
}
