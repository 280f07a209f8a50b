import { useQuery } from '@tanstack/react-query';
import { DisposePetitionDocument, execute, type DisposeInput, type DisposeMode } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { endOfBeijingDay } from './beijing-day';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { routingSuggestionsQuery } from './unit-choices';
import { UnitPicker } from './unit-picker';
import { useProcedureStep } from './use-procedure-step';

/**
 * 转送 (FORWARD) or 交办 (ASSIGN) to a lead unit with optional co-handling units, an
 * assignment with an optional date for the completion report; or 告知 (REDIRECT) with the
 * note that tells the petitioner where to go (R-P6, R-X).
 */
export function DisposeForm({ mode, petition, onDone, onConflict }: StepProps & { mode: DisposeMode }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [lead, setLead] = useState('');
  const [coHandling, setCoHandling] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [reportDue, setReportDue] = useState('');
  const redirect = mode === 'REDIRECT';
  const suggestions = useQuery({
    ...routingSuggestionsQuery(petition.regionCode, petition.categoryCode),
    enabled: !redirect,
  });
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () => {
      const input: DisposeInput = redirect
        ? { mode, note: note.trim() }
        : {
            mode,
            unitId: lead || null,
            coHandlingUnitIds: coHandling,
            note: note.trim() || null,
            ...(mode === 'ASSIGN' && reportDue ? { reportDueAt: endOfBeijingDay(reportDue) } : {}),
          };
      return execute(DisposePetitionDocument, { id: petition.id, input, expectedVersion: petition.version });
    },
    onDone: () => onDone(t(`step.done.${mode}`)),
    onConflict,
  });
  const id = `step-${mode.toLowerCase()}`;
  const problem = (field: string) => fieldProblem(mutation.error, field, language);
  return (
    <StepForm
      id={id}
      submitLabel={t(`step.submit.${mode}`)}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['unitId', 'coHandlingUnitIds', 'note', 'reportDueAt']}
      onSubmit={() => mutation.mutate(undefined)}
    >
      {redirect ? null : (
        <UnitPicker
          id={id}
          lead={lead}
          onLead={setLead}
          coHandling={coHandling}
          onCoHandling={setCoHandling}
          leadProblem={problem('unitId')}
          coHandlingProblem={problem('coHandlingUnitIds')}
          suggestions={suggestions.data}
        />
      )}
      {mode === 'ASSIGN' ? (
        <Field
          id={`${id}-reportDueAt`}
          label={t('step.reportDueAt')}
          hint={t('step.reportDueAtHint')}
          optional
          problem={problem('reportDueAt')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              className="input-short"
              value={reportDue}
              onChange={(e) => setReportDue(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field
        id={`${id}-note`}
        label={t(redirect ? 'step.redirectNote' : 'step.note')}
        hint={t(redirect ? 'step.redirectNoteHint' : 'step.noteHint')}
        optional={!redirect}
        problem={problem('note')}
      >
        {(control) => <textarea {...control} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
