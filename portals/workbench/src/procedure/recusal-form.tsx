import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RecuseDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import { stepRecordsQuery } from './step-records';

/**
 * 申请回避 (Art. 28): a staff member with an interest in the matter stands aside, with the
 * reason; from then on no step on it is theirs. Once they have, the section says so.
 */
export function RecusalForm({ petitionId }: { petitionId: string }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const records = useQuery(stepRecordsQuery(petitionId));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const mutation = useMutation({
    mutationFn: (text: string) => execute(RecuseDocument, { id: petitionId, reason: text }),
    onSuccess: () =>
      Promise.all([['petition', petitionId], ['inbox']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  if (!records.data) return null;
  if (records.data.recusedByViewer)
    return (
      <p className="muted" data-testid="recused" role="status">
        {t('steps.recused')}
      </p>
    );
  const id = 'step-recuse';
  const problem = missing.length
    ? t('step.missingText', { field: t('steps.recusalReason') })
    : fieldProblem(mutation.error, 'reason', language);
  const send = () => {
    const empty = reason.trim() ? [] : ['reason'];
    setMissing(empty);
    if (empty.length === 0) mutation.mutate(reason.trim());
  };
  return (
    <details className="step" data-testid="step-RECUSE">
      <summary>{t('steps.recuse')}</summary>
      <StepForm
        id={id}
        submitLabel={t('steps.recuseSubmit')}
        pending={mutation.isPending}
        error={mutation.error}
        fields={['reason']}
        invalid={missing}
        onSubmit={send}
      >
        <Field id={`${id}-reason`} label={t('steps.recusalReason')} hint={t('steps.recusalHint')} problem={problem}>
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </StepForm>
    </details>
  );
}

/** The hearings held during review: when, who took part, the minutes (R-AGT); nothing when none. */
export function HearingList({ petitionId }: { petitionId: string }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const records = useQuery(stepRecordsQuery(petitionId));
  const hearings = records.data?.hearings ?? [];
  if (hearings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="petition-hearings">
      <h2 id="petition-hearings">{t('steps.hearings')}</h2>
      <ul className="record-list" data-testid="hearings">
        {hearings.map((h) => (
          <li key={h.id}>
            <p>
              <time dateTime={h.startedAt}>{formatDate(h.startedAt, language)}</time>
              {h.endedAt ? ` – ${formatDate(h.endedAt, language)}` : ` · ${t('steps.hearingUnderWay')}`}
            </p>
            {h.participants.length ? (
              <p>{t('steps.hearingParticipants', { names: h.participants.join(t('risk.separator')) })}</p>
            ) : null}
            {h.minutes ? <p className="user-text">{h.minutes}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
