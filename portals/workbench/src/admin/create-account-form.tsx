import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AdminCreateAccountDocument,
  execute,
  type CreateAccountInput,
  type RepresentativeKind,
  type Role,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem, isFieldProblem } from '../procedure/step-errors';
import { AreaSelect, useAdminArea } from './area-select';
import { RoleChecks } from './role-checks';
import { TemporaryPasswordNotice, type IssuedPassword } from './temporary-password';

const FIELDS = ['username', 'displayName', 'roles', 'representativeKind', 'unitIds'] as const;
const KINDS: readonly RepresentativeKind[] = ['NPC_DEPUTY', 'CPPCC_MEMBER', 'PARTY_CONGRESS_DEPUTY'];
const EMPTY = { username: '', displayName: '', roles: [] as Role[], kind: '' as RepresentativeKind | '', unitId: '' };

/** A new account with a temporary password, shown once; the server checks every field. */
export function CreateAccountForm() {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const client = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const areaUnits = useAdminArea();
  const create = useMutation({
    mutationFn: (input: CreateAccountInput) => execute(AdminCreateAccountDocument, { input }),
    onSuccess: ({ createAccount }) => {
      setIssued({ username: createAccount.account.username, ...createAccount });
      setDraft(EMPTY);
      void client.invalidateQueries({ queryKey: ['admin', 'accounts'] });
    },
  });
  const problem = (field: (typeof FIELDS)[number]) => fieldProblem(create.error, field, language);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    create.mutate({
      username: draft.username,
      displayName: draft.displayName,
      roles: draft.roles,
      representativeKind: draft.kind || null,
      unitIds: draft.unitId ? [draft.unitId] : [],
    });
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.create.title')}</h2>
      {issued ? <TemporaryPasswordNotice issued={issued} created /> : null}
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        {create.error && !isFieldProblem(create.error, FIELDS) ? <ErrorMessage error={create.error} /> : null}
        <div className="form-line">
          <Field
            id={`${id}-username`}
            label={t('admin.create.username')}
            hint={t('admin.create.usernameHint')}
            problem={problem('username')}
          >
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={draft.username}
                onChange={(e) => setDraft({ ...draft, username: e.target.value })}
              />
            )}
          </Field>
          <Field id={`${id}-name`} label={t('admin.create.displayName')} problem={problem('displayName')}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={draft.displayName}
                onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
              />
            )}
          </Field>
        </div>
        <RoleChecks
          legend={t('admin.create.roles')}
          value={draft.roles}
          onChange={(roles) => setDraft({ ...draft, roles })}
          problem={problem('roles')}
          problemId={`${id}-roles-problem`}
        />
        {draft.roles.includes('REPRESENTATIVE') ? (
          <Field id={`${id}-kind`} label={t('admin.create.representativeKind')} problem={problem('representativeKind')}>
            {(control) => (
              <select
                {...control}
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.target.value as RepresentativeKind | '' })}
              >
                <option value="">{t('step.choose')}</option>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tc(`representativeKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <div className="form-line">
          <AreaSelect
            id={id}
            choice={areaUnits}
            onChange={(areaId) => {
              areaUnits.setAreaId(areaId);
              setDraft({ ...draft, unitId: '' });
            }}
          />
          <Field
            id={`${id}-unit`}
            label={t('admin.create.unit')}
            hint={t('admin.create.unitHint')}
            problem={problem('unitIds')}
          >
            {(control) => (
              <select
                {...control}
                value={draft.unitId}
                onChange={(e) => setDraft({ ...draft, unitId: e.target.value })}
              >
                <option value="">{t('admin.create.noUnit')}</option>
                {areaUnits.units.data?.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p className="button-row">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('admin.create.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
