import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { isConflict, isFieldProblem, refusedField } from './step-errors';

export interface StepFormProps {
  /** Prefix of the fields' ids: `${id}-${field}`. */
  id: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** The fields of the form, by the names the server uses (without `input.`). */
  fields: readonly string[];
  /** Fields the form found wrong before sending, in order: the first gets the focus. */
  invalid?: readonly string[];
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * The frame of a procedure form: the server's refusal above the form unless it names one of
 * the form's fields (then the field shows it and gets the focus), and one submit button.
 * A CONFLICT is told by the actions section, which outlives the form.
 */
export function StepForm({ id, submitLabel, pending, error, fields, invalid, onSubmit, children }: StepFormProps) {
  const { t } = useTranslation('workbench');
  const onField = isFieldProblem(error, fields);
  useEffect(() => {
    const field = onField ? refusedField(error) : null;
    if (field) document.getElementById(`${id}-${field}`)?.focus();
  }, [error, id, onField]);
  useEffect(() => {
    if (invalid?.[0]) document.getElementById(`${id}-${invalid[0]}`)?.focus();
  }, [invalid, id]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form className="form step-form" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      {error && !onField && !isConflict(error) && !invalid?.length ? <ErrorMessage error={error} /> : null}
      {children}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('step.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
