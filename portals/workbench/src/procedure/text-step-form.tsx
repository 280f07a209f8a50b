import {
  AcceptPetitionDocument,
  DeclinePetitionDocument,
  ObjectToPetitionDocument,
  execute,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';

/**
 * The steps that take one text: 受理 (an optional note, and whether the matter is handled the
 * simplified way, R-P9), 不予受理 and 异议 (a reason).
 */
export type TextStep = 'ACCEPT' | 'DECLINE' | 'OBJECT';

const SEND: Record<
  TextStep,
  (id: string, text: string, expectedVersion: number, simplified: boolean) => Promise<unknown>
> = {
  ACCEPT: (id, note, expectedVersion, simplified) =>
    execute(AcceptPetitionDocument, { id, note: note || null, simplified, expectedVersion }),
  DECLINE: (id, reason, expectedVersion) => execute(DeclinePetitionDocument, { id, reason, expectedVersion }),
  OBJECT: (id, reason, expectedVersion) => execute(ObjectToPetitionDocument, { id, reason, expectedVersion }),
};

// the server's name of each step's text (extensions.field)
const FIELD: Record<TextStep, 'note' | 'reason'> = { ACCEPT: 'note', DECLINE: 'reason', OBJECT: 'reason' };

export function TextStepForm({ step, petition, onDone, onConflict }: StepProps & { step: TextStep }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [simplified, setSimplified] = useState(false);
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: (value: string) => SEND[step](petition.id, value.trim(), petition.version, simplified),
    onDone: () => onDone(t(`step.done.${step}`)),
    onConflict,
  });
  const id = `step-${step.toLowerCase()}`;
  const field = FIELD[step];
  return (
    <StepForm
      id={id}
      submitLabel={t(`step.submit.${step}`)}
      pending={mutation.isPending}
      error={mutation.error}
      fields={[field, 'simplified']}
      onSubmit={() => mutation.mutate(text)}
    >
      <Field
        id={`${id}-${field}`}
        label={t(`step.text.${step}`)}
        hint={t(`step.textHint.${step}`)}
        optional={step === 'ACCEPT'}
        problem={fieldProblem(mutation.error, field, language)}
      >
        {(control) => <textarea {...control} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {step === 'ACCEPT' ? (
        <label className="choice" htmlFor={`${id}-simplified`}>
          <input
            id={`${id}-simplified`}
            type="checkbox"
            checked={simplified}
            onChange={(e) => setSimplified(e.target.checked)}
            aria-describedby={`${id}-simplified-help`}
          />
          <span>
            <span className="choice-label">{t('step.simplified')}</span>
            <span id={`${id}-simplified-help`} className="choice-help">
              {t('step.simplifiedHelp')}
            </span>
          </span>
        </label>
      ) : null}
    </StepForm>
  );
}
