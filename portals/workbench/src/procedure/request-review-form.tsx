import { RequestReviewDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';
import { useFrontDeskMessages } from '../front-desk/use-front-desk-messages';

type How = 'LETTER' | 'VISIT';

/**
 * 代信访人请求复查（复核）: a petition office records the request of a petitioner who wrote or
 * came in person (issue 11, R-P10); the petition office of the area may (procedure/permissions.ts).
 * The reason keeps how the petitioner asked, in the words the record shows.
 */
export function RequestReviewForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const { language } = useLanguage();
  const [how, setHow] = useState<How>('LETTER');
  const [reason, setReason] = useState('');
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(RequestReviewDocument, {
        id: petition.id,
        // an empty reason goes as it is, so that the server refuses it at the field
        reason: reason.trim() ? `${t(`frontDesk.review.prefix.${how}`)}${reason.trim()}` : '',
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('frontDesk.review.done')),
    onConflict,
  });
  const id = 'step-request-review';
  return (
    <StepForm
      id={id}
      submitLabel={t('frontDesk.review.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reason']}
      onSubmit={() => mutation.mutate(undefined)}
    >
      <fieldset className="field">
        <legend>{t('frontDesk.review.how')}</legend>
        {(['LETTER', 'VISIT'] as const).map((value) => (
          <label key={value} className="choice" htmlFor={`${id}-how-${value}`}>
            <input
              id={`${id}-how-${value}`}
              type="radio"
              name={`${id}-how`}
              checked={how === value}
              onChange={() => setHow(value)}
            />
            <span className="choice-label">{t(`frontDesk.review.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id={`${id}-reason`}
        label={t('frontDesk.review.reason')}
        hint={t('frontDesk.review.reasonHint')}
        problem={fieldProblem(mutation.error, 'reason', language)}
      >
        {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
