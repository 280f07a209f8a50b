import { DecideCompetenceDocument, execute } from '@tjxf/graphql-client';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { UnitPicker } from './unit-picker';
import { useProcedureStep } from './use-procedure-step';

const ID = 'step-decide-competence';

/**
 * 决定受理机关: the common superior of the disputing units names the competent unit, with
 * the referral in view; its decision binds, so that unit accepts or declines but may not
 * object again; the note goes into the decision the petitioner receives (R-P7, Art. 24).
 */
export function DecideCompetenceForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const referral = petition.documents.findLast((doc) => doc.kind === 'COMPETENCE_REFERRAL');
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(DecideCompetenceDocument, {
        id: petition.id,
        // no unit chosen is the server's to refuse, next to the field
        input: { unitId, note: note.trim() || null },
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('step.done.DECIDE_COMPETENCE')),
    onConflict,
  });
  return (
    <StepForm
      id={ID}
      submitLabel={t('step.submit.DECIDE_COMPETENCE')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['unitId', 'note']}
      onSubmit={() => mutation.mutate(undefined)}
    >
      {referral ? (
        <div data-testid="competence-referral">
          <p>
            <strong>{t('step.competence.referral')}</strong>
          </p>
          <p className="user-text">{inLanguage(referral.text, language)}</p>
        </div>
      ) : null}
      <UnitPicker
        id={ID}
        lead={unitId}
        onLead={setUnitId}
        leadLabel={t('step.competence.competentUnit')}
        leadHint={t('step.competence.competentUnitHint')}
        leadProblem={fieldProblem(mutation.error, 'unitId', language)}
      />
      <Field
        id={`${ID}-note`}
        label={t('step.competence.note')}
        hint={t('step.competence.noteHint')}
        optional
        problem={fieldProblem(mutation.error, 'note', language)}
      >
        {(control) => <textarea {...control} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
