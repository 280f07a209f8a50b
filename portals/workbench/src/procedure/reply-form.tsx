import { DecideReviewDocument, ReplyToPetitionDocument, execute, type ReplyOutcome } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field as FormField } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';

export const OUTCOMES: readonly ReplyOutcome[] = ['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'];
const TEXTS = ['facts', 'reasons', 'legalBasis'] as const;
const FIELDS = ['outcome', ...TEXTS] as const;
type Field = (typeof FIELDS)[number];

/** 答复意见书 (REPLY) or the review decision (DECIDE_REVIEW): outcome, facts, reasons, legal basis (R-P8, R-P10). */
export function ReplyForm({ step, petition, onDone, onConflict }: StepProps & { step: 'REPLY' | 'DECIDE_REVIEW' }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [outcome, setOutcome] = useState<ReplyOutcome | ''>('');
  const [texts, setTexts] = useState({ facts: '', reasons: '', legalBasis: '' });
  // what is missing, checked when sent: named at its field, the first one focused
  const [missing, setMissing] = useState<readonly Field[]>([]);
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () => {
      const input = {
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
  const problem = (name: Field): string | undefined =>
    missing.includes(name)
      ? t(name === 'outcome' ? 'step.missingChoice' : 'step.missingText', { field: tc(`replyField.${name}`) })
      : fieldProblem(mutation.error, name, language);
  const send = () => {
    const empty = FIELDS.filter((name) => (name === 'outcome' ? !outcome : !texts[name].trim()));
    setMissing(empty);
    if (empty.length === 0) mutation.mutate(undefined);
  };
  const outcomeProblem = problem('outcome');
  const outcomeProblemId = `${id}-outcome-problem`;
  return (
    <StepForm
      id={id}
      submitLabel={t(`step.submit.${step}`)}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      invalid={missing}
      onSubmit={send}
    >
      <fieldset
        className="choices"
        aria-invalid={outcomeProblem ? true : undefined}
        aria-describedby={outcomeProblem ? outcomeProblemId : undefined}
      >
        <legend>{tc('replyField.outcome')}</legend>
        {outcomeProblem ? (
          <p className="field-error" id={outcomeProblemId}>
            {outcomeProblem}
          </p>
        ) : null}
        {OUTCOMES.map((value, i) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              {...(i === 0 ? { id: `${id}-outcome` } : {})}
              value={value}
              checked={outcome === value}
              aria-describedby={outcomeProblem ? outcomeProblemId : undefined}
              onChange={() => setOutcome(value)}
            />
            <span className="choice-label">{tc(`replyOutcome.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {TEXTS.map((name) => (
        <FormField
          key={name}
          id={`${id}-${name}`}
          label={tc(`replyField.${name}`)}
          hint={t(`step.${name}Hint`)}
          problem={problem(name)}
        >
          {(control) => (
            <textarea
              {...control}
              rows={name === 'legalBasis' ? 2 : 5}
              value={texts[name]}
              onChange={(e) => setTexts((all) => ({ ...all, [name]: e.target.value }))}
            />
          )}
        </FormField>
      ))}
    </StepForm>
  );
}
