import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AdminSetUnitRuleSetDocument, execute, type UnitNode } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, ruleSetLabel } from '@tjxf/ui';
import { useId, useState } from 'react';
import { fieldProblem } from '../procedure/step-errors';
import { AdminSection } from './admin-section';
import { AreaSelect, useAdminArea } from './area-select';
import { ruleSetsQuery } from './admin-queries';
import { RuleSetList } from './rule-set-list';

/** 单位与时限规则: the rule set each unit of an area works under, switched here (R-T1); the rule sets, read-only. */
export function UnitsRuleSetsPage() {
  const { t } = useTranslation('workbench');
  const id = useId();
  const area = useAdminArea();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <AdminSection title={t('admin.units.title')} intro={t('admin.units.intro')}>
      <div className="card admin-form">
        <AreaSelect id={id} choice={area} onChange={area.setAreaId} />
      </div>
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      {area.units.isPending && area.areaId ? <Loading /> : null}
      {area.units.isError ? <ErrorMessage error={area.units.error} onRetry={() => void area.units.refetch()} /> : null}
      {area.units.data?.length ? (
        <div className="admin-table-wrap">
          <table className="admin-table" aria-label={t('admin.units.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.units.unit')}</th>
                <th scope="col">{t('admin.units.current')}</th>
                <th scope="col">{t('admin.units.switchTo')}</th>
              </tr>
            </thead>
            <tbody>
              {area.units.data.map((unit) => (
                <UnitRuleSetRow key={`${unit.id}:${unit.ruleSetCode}`} unit={unit} onSwitched={setNotice} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <RuleSetList />
    </AdminSection>
  );
}

function UnitRuleSetRow({ unit, onSwitched }: { unit: UnitNode; onSwitched: (notice: string) => void }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const client = useQueryClient();
  const ruleSets = useQuery(ruleSetsQuery);
  const codes = [...new Set(ruleSets.data?.map((r) => r.code) ?? [])];
  const [choice, setChoice] = useState(unit.ruleSetCode);
  const change = useMutation({
    mutationFn: () => execute(AdminSetUnitRuleSetDocument, { unitId: unit.id, ruleSetCode: choice }),
    onSuccess: ({ setUnitRuleSet }) => {
      onSwitched(
        t('admin.units.switched', { unit: setUnitRuleSet.name, ruleSet: ruleSetLabel(tc, setUnitRuleSet.ruleSetCode) }),
      );
      void client.invalidateQueries({ queryKey: ['units'] });
    },
  });
  const problem = fieldProblem(change.error, 'ruleSetCode', language);
  return (
    <tr data-testid="unit-rule-set-row">
      <th scope="row">{unit.name}</th>
      <td data-testid="unit-rule-set">{ruleSetLabel(tc, unit.ruleSetCode)}</td>
      <td>
        <form
          className="form-line"
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-rule-set`} className="visually-hidden">
              {`${t('admin.units.switchTo')}：${unit.name}`}
            </label>
            {problem ? (
              <p className="field-error" id={`${id}-problem`}>
                {problem}
              </p>
            ) : null}
            <select
              id={`${id}-rule-set`}
              value={choice}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setChoice(e.target.value)}
            >
              {codes.map((code) => (
                <option key={code} value={code}>
                  {ruleSetLabel(tc, code)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-secondary"
            disabled={change.isPending || choice === unit.ruleSetCode}
            aria-label={`${t('admin.units.apply')}：${unit.name}`}
          >
            {t('admin.units.apply')}
          </button>
        </form>
        {change.error && !problem ? <ErrorMessage error={change.error} /> : null}
      </td>
    </tr>
  );
}
