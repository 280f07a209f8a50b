import { DecideReviewDocument, ReplyToPetitionDocument, execute, type ReplyOutcome } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';

export const OUTCOMES: readonly ReplyOutcome[] = ['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'];
const TEXTS = ['facts', 'reasons', 'legalBasis'] as const;

/** 答复意见书 (REPLY) or the review decision (DECIDE_REVIEW): outcome, facts, reasons, legal basis (R-P8, R-P10). */
export function ReplyForm({ step, petition, onDone, onConflict }: StepProps & { step: 'REPLY' | 'DECIDE_REVIEW' }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [outcome, setOutcome] = useState<ReplyOutcome | ''>('');
  const [texts, setTexts] = useState({ facts: '', reasons: '', legalBasis: '' });
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () => {
      const input = {
        // an empty outcome is the server's to refuse, with its own words next to the field
        outcome: outcome as ReplyOutcome,
        facts: texts.facts.trim(),
        reasons: texts.reasons.trim(),
        legalBasis: texts.legalBasis.trim(),
      };
      const variables = { id: petition.id, input, expectedVersion: petition.version };
      return step === 'REPLY' ? execute(ReplyToPetitionDocument, variables) : execute(DecideReviewDocument, variables);
    },
    onDone: () => onDone(t(`step.done.${step}`)),
    onConflict,
  });
  const id = step === 'REPLY' ? 'step-reply' : 'step-review';
  const outcomeProblem = fieldProblem(mutation.error, 'outcome', language);
  return (
    <StepForm
      id={id}
      submitLabel={t(`step.submit.${step}`)}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['outcome', ...TEXTS]}
      onSubmit={() => mutation.mutate(undefined)}
    >
      <fieldset className="choices" aria-invalid={outcomeProblem ? true : undefined}>
        <legend>{tc('replyField.outcome')}</legend>
        {outcomeProblem ? <p className="field-error">{outcomeProblem}</p> : null}
        {OUTCOMES.map((value, i) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              {...(i === 0 ? { id: `${id}-outcome` } : {})}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <span className="choice-label">{tc(`replyOutcome.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {TEXTS.map((name) => (
        <Field
          key={name}
          id={`${id}-${name}`}
          label={tc(`replyField.${name}`)}
          hint={t(`step.${name}Hint`)}
          problem={fieldProblem(mutation.error, name, language)}
        >
          {(control) => (
            <textarea
              {...control}
              rows={name === 'legalBasis' ? 2 : 5}
              value={texts[name]}
              onChange={(e) => setTexts((all) => ({ ...all, [name]: e.target.value }))}
            />
          )}
        </Field>
      ))}
    </StepForm>
  );
}
