import { useMutation } from '@tanstack/react-query';
import { AdminSetUnitsDocument, execute, type AdminAccountFieldsFragment } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { AreaSelect, useAdminArea } from './area-select';

export interface AccountUnitsFormProps {
  account: AdminAccountFieldsFragment;
  onSaved: () => void;
  onCancel: () => void;
}

/** The unit an account works for, replacing those it had (none: no unit); its sessions end. */
export function AccountUnitsForm({ account, onSaved, onCancel }: AccountUnitsFormProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const id = useId();
  const area = useAdminArea();
  const [unitId, setUnitId] = useState('');
  const save = useMutation({
    mutationFn: () => execute(AdminSetUnitsDocument, { id: account.id, unitIds: unitId ? [unitId] : [] }),
    onSuccess: onSaved,
  });
  const problem = fieldProblem(save.error, 'unitIds', language);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form
      className="admin-form"
      onSubmit={onSubmit}
      aria-label={`${t('admin.accounts.editUnits')}：${account.username}`}
    >
      <AreaSelect
        id={id}
        choice={area}
        onChange={(areaId) => {
          area.setAreaId(areaId);
          setUnitId('');
        }}
      />
      <Field id={`${id}-unit`} label={t('admin.create.unit')} problem={problem}>
        {(control) => (
          <select {...control} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t('admin.create.noUnit')}</option>
            {area.units.data?.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {save.error && !problem ? <ErrorMessage error={save.error} /> : null}
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('admin.accounts.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('admin.accounts.cancel')}
        </button>
      </p>
    </form>
  );
}
