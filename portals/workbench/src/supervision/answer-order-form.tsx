import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AnswerSupervisionOrderDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { StepForm } from '../procedure/step-form';

/** The supervised unit's written answer to a supervision order (R-P11), folded until opened. */
export function AnswerOrderForm({ orderId, petitionId }: { orderId: string; petitionId: string }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const mutation = useMutation({
    mutationFn: () => execute(AnswerSupervisionOrderDocument, { id: orderId, answer: answer.trim() }),
    onSuccess: () =>
      Promise.all(
        [['petition', petitionId], ['supervision']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
  const id = `answer-${orderId}`;
  return (
    <details className="step">
      <summary>{t('supervision.answer')}</summary>
      <StepForm
        id={id}
        submitLabel={t('supervision.sendAnswer')}
        pending={mutation.isPending}
        error={mutation.error}
        fields={['answer']}
        onSubmit={() => mutation.mutate()}
      >
        <Field
          id={`${id}-answer`}
          label={t('supervision.answerLabel')}
          hint={t('supervision.answerHint')}
          problem={fieldProblem(mutation.error, 'answer', language)}
        >
          {(control) => <textarea {...control} rows={5} value={answer} onChange={(e) => setAnswer(e.target.value)} />}
        </Field>
      </StepForm>
    </details>
  );
}
