import { useMutation } from '@tanstack/react-query';
import { AdminSetUnitsDocument, execute, type AdminAccountFieldsFragment } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { AreaSelect, useAdminArea } from './area-select';
import { useAdminConsoleMessages } from './use-admin-console-messages';

export interface AccountUnitsFormProps {
  account: AdminAccountFieldsFragment;
  onSaved: () => void;
  onCancel: () => void;
}

type Unit = { id: string; name: string };

/**
 * The units an account works for (issue 10: more than one): those it has, kept unless unticked,
 * and others added from an area; saved as the whole list (none: no unit); its sessions end.
 */
export function AccountUnitsForm({ account, onSaved, onCancel }: AccountUnitsFormProps) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const area = useAdminArea();
  const [units, setUnits] = useState<Unit[]>(account.units.map((u) => ({ id: u.id, name: u.name })));
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set(account.units.map((u) => u.id)));
  const [unitId, setUnitId] = useState('');
  // the unit chosen but not yet added counts too: choosing one and saving is enough
  const chosen = () => [
    ...new Set([...units.filter((u) => kept.has(u.id)).map((u) => u.id), ...(unitId ? [unitId] : [])]),
  ];
  const save = useMutation({
    mutationFn: () => execute(AdminSetUnitsDocument, { id: account.id, unitIds: chosen() }),
    onSuccess: onSaved,
  });
  const problem = fieldProblem(save.error, 'unitIds', language);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const add = () => {
    const unit = area.units.data?.find((u) => u.id === unitId);
    if (!unit) return;
    if (!units.some((u) => u.id === unit.id)) setUnits([...units, { id: unit.id, name: unit.name }]);
    setKept(new Set([...kept, unit.id]));
    setUnitId('');
  };
  return (
    <form
      className="admin-form"
      onSubmit={onSubmit}
      aria-label={`${t('admin.accounts.editUnits')}：${account.username}`}
    >
      {units.length ? (
        <fieldset className="admin-checks">
          <legend>{t('admin.unitsForm.kept')}</legend>
          {units.map((unit) => (
            <label key={unit.id}>
              <input
                type="checkbox"
                checked={kept.has(unit.id)}
                onChange={(e) => {
                  const next = new Set(kept);
                  if (e.target.checked) next.add(unit.id);
                  else next.delete(unit.id);
                  setKept(next);
                }}
              />{' '}
              {unit.name}
            </label>
          ))}
        </fieldset>
      ) : null}
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
      <p className="button-row">
        <button type="button" className="button button-secondary" disabled={!unitId} onClick={add}>
          {t('admin.unitsForm.add')}
        </button>
      </p>
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
