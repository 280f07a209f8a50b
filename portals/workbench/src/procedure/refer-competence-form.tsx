import { ReferCompetenceDisputeDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import type { StaffPetition } from '../petition/petition-query';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { AreaField, useAreaUnits } from './unit-picker';
import { useProcedureStep } from './use-procedure-step';

const ID = 'step-refer-competence';

interface NamedUnit {
  id: string;
  name: string;
}

/** The units that objected to the petition (异议), each once, from its history. */
export function objectingUnits(history: StaffPetition['history']): NamedUnit[] {
  const units = history.flatMap((entry) => (entry.action === 'OBJECTED' && entry.unit ? [entry.unit] : []));
  return units.filter((unit, i) => units.findIndex((other) => other.id === unit.id) === i);
}

/**
 * 提请决定受理机关: after a unit objected, the petition office names the units it disputes
 * competence with (from any area; the objecting units are added by the server) and what the
 * dispute is about; the units' common superior government then decides (R-P7, Art. 24).
 */
export function ReferCompetenceForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const objecting = objectingUnits(petition.history);
  const choice = useAreaUnits();
  const [disputed, setDisputed] = useState<NamedUnit[]>([]);
  const [reason, setReason] = useState('');
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(ReferCompetenceDisputeDocument, {
        id: petition.id,
        input: { unitIds: disputed.map((unit) => unit.id), reason: reason.trim() },
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('step.done.REFER_COMPETENCE')),
    onConflict,
  });
  const separator = t('risk.separator');
  const offered = (choice.units.data ?? []).filter((unit) => !objecting.some((o) => o.id === unit.id));
  const toggle = (unit: NamedUnit, on: boolean) =>
    setDisputed((all) => (on ? [...all, { id: unit.id, name: unit.name }] : all.filter((u) => u.id !== unit.id)));
  const unitsProblem = fieldProblem(mutation.error, 'unitIds', language);
  return (
    <StepForm
      id={ID}
      submitLabel={t('step.submit.REFER_COMPETENCE')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['unitIds', 'reason']}
      onSubmit={() => mutation.mutate(undefined)}
    >
      <p>{t('step.competence.intro')}</p>
      {objecting.length ? (
        <p data-testid="objecting-units">
          {t('step.competence.objecting', { units: objecting.map((unit) => unit.name).join(separator) })}
        </p>
      ) : null}
      <AreaField id={ID} choice={choice} onChange={choice.setAreaId} />
      <fieldset
        className="choices"
        aria-describedby={`${ID}-unitIds-hint`}
        aria-invalid={unitsProblem ? true : undefined}
        aria-busy={choice.units.isFetching || undefined}
      >
        <legend>{t('step.competence.disputed')}</legend>
        <p className="field-hint" id={`${ID}-unitIds-hint`}>
          {t('step.competence.disputedHint')}
        </p>
        {unitsProblem ? <p className="field-error">{unitsProblem}</p> : null}
        {choice.units.isFetching ? <p className="muted">{t('inbox.loadingOptions')}</p> : null}
        {offered.map((unit, i) => (
          <label key={unit.id} className="choice">
            <input
              type="checkbox"
              {...(i === 0 ? { id: `${ID}-unitIds` } : {})}
              checked={disputed.some((u) => u.id === unit.id)}
              onChange={(e) => toggle(unit, e.target.checked)}
            />
            <span className="choice-label">{unit.name}</span>
          </label>
        ))}
      </fieldset>
      {/* units chosen in another area stay chosen: the list says which */}
      <p role="status" data-testid="disputed-units">
        {disputed.length
          ? t('step.competence.chosen', { units: disputed.map((unit) => unit.name).join(separator) })
          : null}
      </p>
      <Field
        id={`${ID}-reason`}
        label={t('step.competence.reason')}
        hint={t('step.competence.reasonHint')}
        problem={fieldProblem(mutation.error, 'reason', language)}
      >
        {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
