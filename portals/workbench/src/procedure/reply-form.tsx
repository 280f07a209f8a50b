import { DecideReviewDocument, ReplyToPetitionDocument, execute, type ReplyOutcome } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { ChoiceFieldset } from './choice-fieldset';
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
  const [mediated, setMediated] = useState(false);
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
        ...(step === 'REPLY' && mediated ? { mediated: true } : {}),
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
      <ChoiceFieldset
        id={`${id}-outcome`}
        legend={tc('replyField.outcome')}
        problem={problem('outcome')}
        choices={OUTCOMES.map((value) => ({ value, label: tc(`replyOutcome.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      {step === 'REPLY' ? (
        // a mediation or settlement agreement ends the matter; no review follows (Art. 33)
        <label className="choice" htmlFor={`${id}-mediated`}>
          <input
            id={`${id}-mediated`}
            type="checkbox"
            checked={mediated}
            onChange={(e) => setMediated(e.target.checked)}
            aria-describedby={`${id}-mediated-help`}
          />
          <span>
            <span className="choice-label">{t('steps.mediated')}</span>
            <span id={`${id}-mediated-help`} className="choice-help">
              {t('steps.mediatedHelp')}
            </span>
          </span>
        </label>
      ) : null}
      {TEXTS.map((name) => (
        <FormField
          key={name}
          id={`${id}-${name}`}
          label={name === 'facts' && mediated ? t('steps.agreement') : tc(`replyField.${name}`)}
          hint={name === 'facts' && mediated ? t('steps.agreementHint') : t(`step.${name}Hint`)}
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
