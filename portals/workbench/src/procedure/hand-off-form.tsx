import { useQuery } from '@tanstack/react-query';
import {
  HandOffPetitionDocument,
  RecordHandOffOutcomeDocument,
  execute,
  type HandOffOutcome,
  type HandOffTo,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { useState } from 'react';
import { ChoiceFieldset } from './choice-fieldset';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import { stepRecordsQuery } from './step-records';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';

const DESTINATIONS: readonly HandOffTo[] = ['PEOPLES_MEDIATION', 'COURT', 'ARBITRATION'];
const OUTCOMES: readonly HandOffOutcome[] = ['AGREEMENT', 'NO_AGREEMENT', 'DECIDED', 'WITHDRAWN'];

/**
 * 移交调解、诉讼或仲裁 (R-MED): where to, the body that receives it (named in the petitioner's
 * notice) and a note for it. Mediation keeps the handling clock running; a court or
 * arbitration stops it until the outcome is recorded (docs/procedure.md).
 */
export function HandOffForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [to, setTo] = useState<HandOffTo | ''>('');
  const [recipient, setRecipient] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(HandOffPetitionDocument, {
        id: petition.id,
        input: { to: to as HandOffTo, recipient: recipient.trim(), note: note.trim() || null },
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('steps.handOff.done')),
    onConflict,
  });
  const id = 'step-hand-off';
  const problem = (name: 'to' | 'recipient' | 'note') =>
    missing.includes(name)
      ? t(name === 'to' ? 'step.missingChoice' : 'step.missingText', { field: t(`steps.handOff.${name}`) })
      : fieldProblem(mutation.error, name, language);
  const send = () => {
    const empty = [!to ? 'to' : null, !recipient.trim() ? 'recipient' : null].filter((f): f is string => f !== null);
    setMissing(empty);
    if (empty.length === 0) mutation.mutate(undefined);
  };
  return (
    <StepForm
      id={id}
      submitLabel={t('steps.handOff.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['to', 'recipient', 'note']}
      invalid={missing}
      onSubmit={send}
    >
      <ChoiceFieldset
        id={`${id}-to`}
        legend={t('steps.handOff.to')}
        problem={problem('to')}
        choices={DESTINATIONS.map((value) => ({
          value,
          label: t(`steps.handOffTo.${value}`),
          help: t(`steps.handOffClock.${value}`),
        }))}
        value={to}
        onChange={setTo}
      />
      <Field
        id={`${id}-recipient`}
        label={t('steps.handOff.recipient')}
        hint={t('steps.handOff.recipientHint')}
        problem={problem('recipient')}
      >
        {(control) => <input {...control} value={recipient} onChange={(e) => setRecipient(e.target.value)} />}
      </Field>
      <Field
        id={`${id}-note`}
        label={t('steps.handOff.note')}
        hint={t('steps.handOff.noteHint')}
        optional
        problem={problem('note')}
      >
        {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}

/** 登记调解、诉讼或仲裁结果: what came back; a stopped clock runs again, its days not counted. */
export function HandOffOutcomeForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const handOffs = useQuery({ ...stepRecordsQuery(petition.id), select: (records) => records?.handOffs ?? [] });
  const open = handOffs.data?.find((h) => !h.returnedAt);
  const [outcome, setOutcome] = useState<HandOffOutcome | ''>('');
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(RecordHandOffOutcomeDocument, {
        id: petition.id,
        input: { outcome: outcome as HandOffOutcome, summary: summary.trim() },
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('steps.handOffOutcome.done')),
    onConflict,
  });
  const id = 'step-hand-off-outcome';
  const problem = (name: 'outcome' | 'summary') =>
    missing.includes(name)
      ? t(name === 'outcome' ? 'step.missingChoice' : 'step.missingText', {
          field: t(`steps.handOffOutcome.${name}`),
        })
      : fieldProblem(mutation.error, name, language);
  const send = () => {
    const empty = [!outcome ? 'outcome' : null, !summary.trim() ? 'summary' : null].filter(
      (f): f is string => f !== null,
    );
    setMissing(empty);
    if (empty.length === 0) mutation.mutate(undefined);
  };
  // a mediation committee decides nothing: DECIDED is for a court or tribunal
  const outcomes = OUTCOMES.filter((o) => o !== 'DECIDED' || open?.to !== 'PEOPLES_MEDIATION');
  return (
    <StepForm
      id={id}
      submitLabel={t('steps.handOffOutcome.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['outcome', 'summary']}
      invalid={missing}
      onSubmit={send}
    >
      {open ? (
        <p data-testid="open-hand-off">
          {t('steps.handOffOutcome.open', {
            to: t(`steps.handOffTo.${open.to}`),
            recipient: open.recipient,
            date: formatDate(open.handedOffAt, language),
          })}
        </p>
      ) : null}
      <ChoiceFieldset
        id={`${id}-outcome`}
        legend={t('steps.handOffOutcome.outcome')}
        problem={problem('outcome')}
        choices={outcomes.map((value) => ({ value, label: t(`steps.handOffResult.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      <Field
        id={`${id}-summary`}
        label={t('steps.handOffOutcome.summary')}
        hint={t('steps.handOffOutcome.summaryHint')}
        problem={problem('summary')}
      >
        {(control) => <textarea {...control} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
    </StepForm>
  );
}

/** The petition's hand-offs and what came back from each (R-MED); nothing when there are none. */
export function HandOffList({ petitionId }: { petitionId: string }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const handOffs = useQuery({ ...stepRecordsQuery(petitionId), select: (records) => records?.handOffs ?? [] });
  if (!handOffs.data?.length) return null;
  return (
    <section className="card" aria-labelledby="petition-hand-offs">
      <h2 id="petition-hand-offs">{t('steps.handOff.title')}</h2>
      <ul className="record-list" data-testid="hand-offs">
        {handOffs.data.map((h) => (
          <li key={h.id}>
            <p>
              <strong>{t(`steps.handOffTo.${h.to}`)}</strong> · {h.recipient} ·{' '}
              <time dateTime={h.handedOffAt}>{formatDate(h.handedOffAt, language)}</time>
            </p>
            {h.note ? <p className="user-text muted">{h.note}</p> : null}
            <p data-testid="hand-off-outcome">
              {h.outcome && h.returnedAt
                ? t('steps.handOff.returned', {
                    outcome: t(`steps.handOffResult.${h.outcome}`),
                    date: formatDate(h.returnedAt, language),
                  })
                : t('steps.handOff.awaiting')}
            </p>
            {h.summary ? <p className="user-text">{h.summary}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
