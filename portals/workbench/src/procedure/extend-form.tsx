import { useQuery } from '@tanstack/react-query';
import { ExtendHandlingDocument, ExtensionLimitsDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import type { StepProps } from './step-props';
import { useProcedureStep } from './use-procedure-step';

// the clocks an extension may lengthen (R-P8, R-P10)
const EXTENDABLE = new Set(['HANDLING', 'REVIEW', 'RE_REVIEW']);

/** 延期: one extension of the handling (or review) period, 1 to the rule set's most days, with a reason. */
export function ExtendForm({ petition, onDone, onConflict }: StepProps) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const open = petition.deadlines.find((d) => EXTENDABLE.has(d.kind) && !d.metAt && !d.closedAt);
  const limits = useQuery({
    queryKey: ['ruleSet', open?.ruleSet, open?.ruleSetVersion],
    queryFn: ({ signal }) =>
      execute(ExtensionLimitsDocument, { code: open!.ruleSet, version: open!.ruleSetVersion }, { signal }),
    enabled: Boolean(open),
    staleTime: Infinity, // a rule set version never changes
  });
  const max = limits.data?.ruleSet?.limits.find((l) => l.kind === open?.kind)?.maxExtensionDays ?? undefined;
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const mutation = useProcedureStep({
    petitionId: petition.id,
    send: () =>
      execute(ExtendHandlingDocument, {
        id: petition.id,
        days: Number.parseInt(days, 10) || 0,
        reason: reason.trim(),
        expectedVersion: petition.version,
      }),
    onDone: () => onDone(t('step.done.EXTEND')),
    onConflict,
  });
  return (
    <StepForm
      id="step-extend"
      submitLabel={t('step.submit.EXTEND')}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['days', 'reason']}
      onSubmit={() => mutation.mutate(undefined)}
    >
      <Field
        id="step-extend-days"
        label={t('step.days')}
        hint={max ? t('step.daysHint', { max }) : t('step.daysHintUnknown')}
        problem={fieldProblem(mutation.error, 'days', language)}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            {...(max ? { max } : {})}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            className="input-short"
          />
        )}
      </Field>
      <Field
        id="step-extend-reason"
        label={t('step.extendReason')}
        problem={fieldProblem(mutation.error, 'reason', language)}
      >
        {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
