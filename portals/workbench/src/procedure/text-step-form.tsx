import {
  AcceptPetitionDocument,
  DeclinePetitionDocument,
  EndHearingDocument,
  HoldHearingDocument,
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
 * simplified way, R-P9), 不予受理 and 异议 (a reason), and the start and end of a hearing
 * during review (an optional note, R-P10).
 */
export type TextStep = 'ACCEPT' | 'DECLINE' | 'OBJECT' | 'HOLD_HEARING' | 'END_HEARING';

/** What a step sends besides its text: simplified handling, a hearing's participants or minutes. */
interface Extra {
  simplified: boolean;
  participants: string[];
  minutes: string;
}

const SEND: Record<TextStep, (id: string, text: string, expectedVersion: number, extra: Extra) => Promise<unknown>> = {
  ACCEPT: (id, note, expectedVersion, { simplified }) =>
    execute(AcceptPetitionDocument, { id, note: note || null, simplified, expectedVersion }),
  DECLINE: (id, reason, expectedVersion) => execute(DeclinePetitionDocument, { id, reason, expectedVersion }),
  OBJECT: (id, reason, expectedVersion) => execute(ObjectToPetitionDocument, { id, reason, expectedVersion }),
  HOLD_HEARING: (id, note, expectedVersion, { participants }) =>
    execute(HoldHearingDocument, { id, note: note || null, participants, expectedVersion }),
  END_HEARING: (id, note, expectedVersion, { minutes }) =>
    execute(EndHearingDocument, { id, note: note || null, minutes: minutes || null, expectedVersion }),
};

// the server's name of each step's text (extensions.field), and whether it may stay empty
const FIELD: Record<TextStep, { name: 'note' | 'reason'; optional: boolean }> = {
  ACCEPT: { name: 'note', optional: true },
  DECLINE: { name: 'reason', optional: false },
  OBJECT: { name: 'reason', optional: false },
  HOLD_HEARING: { name: 'note', optional: true },
  END_HEARING: { name: 'note', optional: true },
};

export function TextStepForm({ step, petition, onDone, onConflict }: StepProps & { step: TextStep }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [simplified, setSimplified] = useState(false);
  // a hearing's participants, one a line, and its minutes (R-AGT, issue 11)
  const [participants, setParticipants] = useState('');
  const [minutes, setMinutes] = useState('');
  const extra = (): Extra => ({
    simplified,
    participants: participants
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    minutes: minutes.trim(),
  });
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: (value: string) => SEND[step](petition.id, value.trim(), petition.version, extra()),
    onDone: () => onDone(t(`step.done.${step}`)),
    onConflict,
  });
  const id = `step-${step.toLowerCase().replace('_', '-')}`;
  const { name: field, optional } = FIELD[step];
  return (
    <StepForm
      id={id}
      submitLabel={t(`step.submit.${step}`)}
      pending={mutation.isPending}
      error={mutation.error}
      fields={[field, 'simplified', 'participants', 'minutes']}
      onSubmit={() => mutation.mutate(text)}
    >
      <Field
        id={`${id}-${field}`}
        label={t(`step.text.${step}`)}
        hint={t(`step.textHint.${step}`)}
        optional={optional}
        problem={fieldProblem(mutation.error, field, language)}
      >
        {(control) => <textarea {...control} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {step === 'HOLD_HEARING' ? (
        <Field
          id={`${id}-participants`}
          label={t('steps.participants')}
          hint={t('steps.participantsHint')}
          optional
          problem={fieldProblem(mutation.error, 'participants', language)}
        >
          {(control) => (
            <textarea {...control} rows={4} value={participants} onChange={(e) => setParticipants(e.target.value)} />
          )}
        </Field>
      ) : null}
      {step === 'END_HEARING' ? (
        <Field
          id={`${id}-minutes`}
          label={t('steps.minutes')}
          hint={t('steps.minutesHint')}
          optional
          problem={fieldProblem(mutation.error, 'minutes', language)}
        >
          {(control) => <textarea {...control} rows={6} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </Field>
      ) : null}
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
