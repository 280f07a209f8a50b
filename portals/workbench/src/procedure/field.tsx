import { useTranslation } from '@tjxf/i18n';
import type { ReactNode } from 'react';

/** What a form control needs to be labelled and described. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  /** The server's words about this field, shown above the control and read with it. */
  problem?: string | undefined;
  children: (control: ControlAttributes) => ReactNode;
}

/** A labelled control of a procedure form, its hint and the server's problem with it tied to it. */
export function Field({ id, label, optional, hint, problem, children }: FieldProps) {
  const { t } = useTranslation('workbench');
  const hintId = hint ? `${id}-hint` : null;
  const problemId = problem ? `${id}-problem` : null;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional">{t('step.optional')}</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId!}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" id={problemId!}>
          {problem}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': [problemId, hintId].filter(Boolean).join(' ') || undefined,
      })}
    </div>
  );
}
