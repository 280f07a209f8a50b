import {
  IssueSupervisionOrderDocument,
  execute,
  type SupervisionLevel,
  type SupervisionOrderInput,
  type SupervisionTrigger,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import type { StaffPetition } from '../petition/petition-query';
import { endOfBeijingDay } from '../procedure/beijing-day';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { StepForm } from '../procedure/step-form';
import { useProcedureStep } from '../procedure/use-procedure-step';
import { supervisableUnits } from './supervisable-units';

// the levels a person issues; 约谈 and 通报 come from escalation (R-P11)
const LEVELS = ['REMINDER', 'SUPERVISION', 'LISTED'] as const satisfies readonly SupervisionLevel[];
type IssuedLevel = (typeof LEVELS)[number];
const TRIGGERS: readonly SupervisionTrigger[] = [
  'DEADLINE_MISSED',
  'RESULT_NOT_REPORTED',
  'PROCEDURE_BROKEN',
  'BUCK_PASSING',
  'REPLY_NOT_CARRIED_OUT',
  'OTHER',
];
const ID = 'issue-order';

/**
 * 督办: a petition office or leader issues a supervision order to one of the petition's
 * units (R-SUP, R-P11): level, what called for it, an optional note and answer date (the
 * server's default is 30 days). The server's refusals stand at their field.
 */
export function IssueOrderForm({ petition, onDone }: { petition: StaffPetition; onDone: (message: string) => void }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const units = supervisableUnits(petition);
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [level, setLevel] = useState<IssuedLevel>('REMINDER');
  const [trigger, setTrigger] = useState<SupervisionTrigger | ''>('');
  const [triggerMissing, setTriggerMissing] = useState(false);
  const [dueAt, setDueAt] = useState('');
  const [note, setNote] = useState('');
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: (chosen: SupervisionTrigger) => {
      const input: SupervisionOrderInput = {
        petitionId: petition.id,
        unitId: unitId || null,
        level,
        trigger: chosen,
        note: note.trim() || null,
        ...(dueAt ? { dueAt: endOfBeijingDay(dueAt) } : {}),
      };
      return execute(IssueSupervisionOrderDocument, { input });
    },
    onDone: () => {
      setTrigger('');
      setDueAt('');
      setNote('');
      onDone(t('supervision.issue.done'));
    },
    // orders carry no version: nobody else's step makes one stale
    onConflict: () => undefined,
  });
  const submit = () => {
    // the schema wants a trigger: without one the gateway would refuse the whole request
    setTriggerMissing(!trigger);
    if (trigger) mutation.mutate(trigger);
    else document.getElementById(`${ID}-trigger`)?.focus();
  };
  const problem = (field: string) => fieldProblem(mutation.error, field, language);
  const levelProblem = problem('level');
  if (units.length === 0) return <p className="muted step-note">{t('supervision.issue.noUnit')}</p>;
  return (
    <StepForm
      id={ID}
      submitLabel={t('supervision.issue.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['unitId', 'level', 'trigger', 'dueAt', 'note']}
      onSubmit={submit}
    >
      <Field id={`${ID}-unitId`} label={t('supervision.issue.unit')} problem={problem('unitId')}>
        {(control) => (
          <select {...control} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {t(`supervision.issue.unitAs.${unit.role}`, { unit: unit.name })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choices" aria-invalid={levelProblem ? true : undefined}>
        <legend>{t('supervision.issue.level')}</legend>
        {levelProblem ? <p className="field-error">{levelProblem}</p> : null}
        {LEVELS.map((value, i) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${ID}-level`}
              {...(i === 0 ? { id: `${ID}-level` } : {})}
              value={value}
              checked={level === value}
              onChange={() => setLevel(value)}
              aria-describedby={`${ID}-level-${value}`}
            />
            <span>
              <span className="choice-label">{tc(`supervisionLevel.${value}`)}</span>
              <span id={`${ID}-level-${value}`} className="choice-help">
                {t(`supervision.issue.levelHelp.${value}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <Field
        id={`${ID}-trigger`}
        label={t('supervision.issue.trigger')}
        problem={triggerMissing && !trigger ? t('supervision.issue.triggerMissing') : problem('trigger')}
      >
        {(control) => (
          <select {...control} value={trigger} onChange={(e) => setTrigger(e.target.value as SupervisionTrigger | '')}>
            <option value="">{t('step.choose')}</option>
            {TRIGGERS.map((value) => (
              <option key={value} value={value}>
                {t(`supervisionTrigger.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${ID}-dueAt`}
        label={t('supervision.issue.dueAt')}
        hint={t('supervision.issue.dueAtHint')}
        optional
        problem={problem('dueAt')}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            className="input-short"
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${ID}-note`}
        label={t('supervision.issue.note')}
        hint={t('supervision.issue.noteHint')}
        optional
        problem={problem('note')}
      >
        {(control) => <textarea {...control} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
