import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AdminSetKpiWeightsDocument, execute, type KpiCode, type KpiWeightInput } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { fieldProblem, isFieldProblem, refusedField } from '../procedure/step-errors';
import { FieldProblem } from './form-bits';
import { useAdminConsoleMessages } from './use-admin-console-messages';

const KPIS: readonly KpiCode[] = [
  'TIMELY_ACCEPTANCE_RATE',
  'ON_TIME_COMPLETION_RATE',
  'REPEAT_PETITION_RATE',
  'EVALUATION_RATE',
  'SATISFACTION_RATE',
  'ONLINE_SHARE',
  'CASE_OWNERSHIP_RESOLUTION_RATE',
];

/** Today in Beijing, as a date input's value. */
const beijingToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

type Row = { weight: string; threshold: string; penalty: string };

/** A new version of a scheme: a weight per KPI (the sum shown as typed), from a date. */
export function KpiVersionForm({
  scheme,
  latest,
}: {
  scheme: string;
  latest: readonly { kpi: KpiCode; weight: number; threshold?: number | null; penalty?: number | null }[];
}) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const client = useQueryClient();
  const [from, setFrom] = useState(beijingToday());
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [saved, setSaved] = useState('');
  const rowOf = (kpi: KpiCode): Row => {
    const known = latest.find((w) => w.kpi === kpi);
    return (
      rows[kpi] ?? {
        weight: known ? String(known.weight) : '',
        threshold: known?.threshold?.toString() ?? '',
        penalty: known?.penalty?.toString() ?? '',
      }
    );
  };
  const entered = KPIS.filter((kpi) => rowOf(kpi).weight.trim() !== '');
  const sum = entered.reduce((total, kpi) => total + Math.round(Number(rowOf(kpi).weight) * 100), 0) / 100;
  const save = useMutation({
    mutationFn: (weights: KpiWeightInput[]) =>
      execute(AdminSetKpiWeightsDocument, { input: { scheme, effectiveFrom: from, weights } }),
    onSuccess: ({ setKpiWeights }) => {
      setSaved(t('admin.kpiWeights.saved', { version: setKpiWeights.version, from: setKpiWeights.effectiveFrom }));
      void client.invalidateQueries({ queryKey: ['admin', 'kpiVersions', scheme] });
      void client.invalidateQueries({ queryKey: ['admin', 'kpiWeights'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    save.mutate(
      entered.map((kpi) => {
        const row = rowOf(kpi);
        const number = (value: string) => (value.trim() === '' ? null : Number(value));
        return { kpi, weight: Number(row.weight), threshold: number(row.threshold), penalty: number(row.penalty) };
      }),
    );
  };
  // the server names `weights[2].weight`: the row of the third KPI sent
  const problemAt = (kpi: KpiCode, part: keyof Row | 'kpi') => {
    const index = entered.indexOf(kpi);
    return index < 0 ? undefined : fieldProblem(save.error, `weights[${index}].${part}`, language);
  };
  const sumProblem = fieldProblem(save.error, 'weights', language);
  const dateProblem = fieldProblem(save.error, 'effectiveFrom', language);
  const input = (kpi: KpiCode, part: keyof Row, label: string) => {
    const problem = problemAt(kpi, part === 'penalty' ? 'threshold' : part);
    const inputId = `${id}-${kpi}-${part}`;
    return (
      <td>
        {problem && part !== 'penalty' ? <FieldProblem id={`${inputId}-problem`} text={problem} /> : null}
        <input
          id={inputId}
          type="number"
          step="any"
          inputMode="decimal"
          aria-label={`${t(`admin.kpi.${kpi}`)} ${label}`}
          aria-invalid={Boolean(problem) || undefined}
          aria-describedby={problem && part !== 'penalty' ? `${inputId}-problem` : undefined}
          value={rowOf(kpi)[part]}
          onChange={(e) => setRows({ ...rows, [kpi]: { ...rowOf(kpi), [part]: e.target.value } })}
        />
      </td>
    );
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.kpiWeights.newVersion', { scheme })}</h2>
      <p role="status">{saved}</p>
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        {save.error && !isFieldProblem(save.error, ['weights', 'effectiveFrom']) && !problemsInRows(save.error) ? (
          <ErrorMessage error={save.error} />
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('admin.kpiWeights.effectiveFrom')}</label>
          {dateProblem ? <FieldProblem id={`${id}-from-problem`} text={dateProblem} /> : null}
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            min={beijingToday()}
            aria-invalid={Boolean(dateProblem) || undefined}
            aria-describedby={dateProblem ? `${id}-from-problem` : undefined}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="admin-table-wrap">
          <table className="admin-table">
            <KpiTableHead />
            <tbody>
              {KPIS.map((kpi) => (
                <tr key={kpi}>
                  <th scope="row">{t(`admin.kpi.${kpi}`)}</th>
                  {input(kpi, 'weight', t('admin.reference.weight'))}
                  {input(kpi, 'threshold', t('admin.reference.threshold'))}
                  {input(kpi, 'penalty', t('admin.reference.penalty'))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {sumProblem ? <FieldProblem id={`${id}-sum-problem`} text={sumProblem} /> : null}
        <p data-testid="kpi-sum" aria-live="polite">
          {t('admin.kpiWeights.sum', { sum })}
        </p>
        <p className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('admin.kpiWeights.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Whether the refusal is about one KPI's row (shown there). */
const problemsInRows = (error: unknown) => refusedField(error)?.startsWith('weights[') ?? false;

/** The columns of a table of KPI weights. */
export function KpiTableHead() {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  return (
    <thead>
      <tr>
        <th scope="col">{t('admin.reference.indicator')}</th>
        <th scope="col">{t('admin.reference.weight')}</th>
        <th scope="col">{t('admin.reference.threshold')}</th>
        <th scope="col">{t('admin.reference.penalty')}</th>
      </tr>
    </thead>
  );
}
