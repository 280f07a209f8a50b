import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AdminDisableAccountDocument,
  AdminEnableAccountDocument,
  AdminResetPasswordDocument,
  AdminSetRolesDocument,
  execute,
  type AdminAccountFieldsFragment,
  type Role,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, formatDateTime, rolesLabel } from '@tjxf/ui';
import { useId, useState } from 'react';
import { fieldProblem } from '../procedure/step-errors';
import { AccountUnitsForm } from './account-units-form';
import { RoleChecks } from './role-checks';
import type { IssuedPassword } from './temporary-password';

/** What an action on the row tells the page: a sentence, or a temporary password to show once. */
export type RowOutcome = { text: string } | { issued: IssuedPassword };

export interface AccountRowProps {
  account: AdminAccountFieldsFragment;
  onDone: (outcome: RowOutcome) => void;
}

/** One account: who, what, and the administrator's actions on it (each audited by the API). */
export function AccountRow({ account, onDone }: AccountRowProps) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const client = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [editing, setEditing] = useState<'roles' | 'units' | null>(null);
  const { username } = account;
  const refresh = () => void client.invalidateQueries({ queryKey: ['admin', 'accounts'] });
  const action = useMutation({
    mutationFn: async (kind: 'disable' | 'enable' | 'reset' | 'roles'): Promise<RowOutcome> => {
      switch (kind) {
        case 'disable':
          await execute(AdminDisableAccountDocument, { id: account.id });
          return { text: t('admin.accounts.disabled', { username }) };
        case 'enable':
          await execute(AdminEnableAccountDocument, { id: account.id });
          return { text: t('admin.accounts.enabled', { username }) };
        case 'reset': {
          const { resetAccountPassword: reset } = await execute(AdminResetPasswordDocument, { id: account.id });
          return { issued: { username, password: reset.password, expiresAt: reset.expiresAt } };
        }
        case 'roles':
          await execute(AdminSetRolesDocument, {
            id: account.id,
            roles,
            representativeKind: account.representativeKind ?? null,
          });
          return { text: t('admin.accounts.rolesSaved', { username }) };
      }
    },
    onSuccess: (outcome) => {
      setEditing(null);
      onDone(outcome);
      refresh();
    },
  });
  const active = account.status === 'ACTIVE';
  const rolesProblem = fieldProblem(action.error, 'roles', language);
  return (
    <tr data-testid="account-row">
      <th scope="row">{username}</th>
      <td>{account.displayName}</td>
      <td>{rolesLabel(tc, account.roles, account.representativeKind, language)}</td>
      <td>{account.units.map((u) => u.name).join('、') || '—'}</td>
      <td data-testid="account-status">{t(`admin.status.${account.status}`)}</td>
      <td>{account.lastSignedInAt ? formatDateTime(account.lastSignedInAt, language) : t('admin.accounts.never')}</td>
      <td className="admin-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={action.isPending}
          aria-label={`${t(active ? 'admin.accounts.disable' : 'admin.accounts.enable')} ${username}`}
          onClick={() => action.mutate(active ? 'disable' : 'enable')}
        >
          {t(active ? 'admin.accounts.disable' : 'admin.accounts.enable')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={action.isPending}
          aria-label={`${t('admin.accounts.resetPassword')} ${username}`}
          onClick={() => action.mutate('reset')}
        >
          {t('admin.accounts.resetPassword')}
        </button>
        {editing === 'roles' ? (
          <form
            className="admin-form"
            onSubmit={(event) => {
              event.preventDefault();
              action.mutate('roles');
            }}
          >
            <RoleChecks
              legend={`${t('admin.accounts.editRoles')}：${username}`}
              value={roles}
              onChange={setRoles}
              problem={rolesProblem}
              problemId={`${id}-roles-problem`}
            />
            <p className="button-row">
              <button type="submit" className="button button-primary" disabled={action.isPending}>
                {t('admin.accounts.save')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setEditing(null)}>
                {t('admin.accounts.cancel')}
              </button>
            </p>
          </form>
        ) : null}
        {editing === 'units' ? (
          <AccountUnitsForm
            account={account}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              onDone({ text: t('admin.accounts.unitsSaved', { username }) });
              refresh();
            }}
          />
        ) : null}
        {editing === null ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              aria-label={`${t('admin.accounts.editRoles')} ${username}`}
              onClick={() => setEditing('roles')}
            >
              {t('admin.accounts.editRoles')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-label={`${t('admin.accounts.editUnits')} ${username}`}
              onClick={() => setEditing('units')}
            >
              {t('admin.accounts.editUnits')}
            </button>
          </>
        ) : null}
        {action.error && !rolesProblem ? <ErrorMessage error={action.error} /> : null}
      </td>
    </tr>
  );
}
