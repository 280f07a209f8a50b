import { useTranslation } from '@tjxf/i18n';
import type { ChangeEvent, ReactNode } from 'react';

export interface FieldFrameProps {
  id: string;
  label: string;
  /** Marked "optional" after the label; required fields are the rule. */
  optional?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra text under the input that describes it (e.g. a character count). */
  after?: ReactNode;
  afterId?: string;
  children: (control: ControlProps) => ReactNode;
}

/** What a control needs to be labelled and described. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled field: hint and error tied to the control (aria-describedby), the error
 * above the control so it is read and seen first.
 */
export function FieldFrame({ id, label, optional, hint, error, after, afterId, children }: FieldFrameProps) {
  const { t } = useTranslation('citizen');
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, afterId ?? null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional">{t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {after}
    </div>
  );
}

export interface TextFieldProps extends Omit<FieldFrameProps, 'children' | 'after' | 'afterId'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'number' | 'password';
  inputMode?: 'text' | 'tel' | 'numeric';
  autoComplete?: string;
  /** Shows "n / max" under the input. */
  max?: number;
  multiline?: boolean;
  onBlur?: () => void;
  autoCapitalize?: 'none' | 'characters';
}

/** A text input or textarea, with an optional count of characters against a limit. */
export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  max,
  multiline,
  onBlur,
  autoCapitalize,
  ...frame
}: TextFieldProps) {
  const { t } = useTranslation('citizen');
  const countId = `${frame.id}-count`;
  const over = max !== undefined && value.length > max;
  const count =
    max === undefined ? null : (
      <p id={countId} className={over ? 'char-count char-count-over' : 'char-count'}>
        {t('form.charCount', { count: value.length, max })}
      </p>
    );
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <FieldFrame {...frame} after={count} {...(max === undefined ? {} : { afterId: countId })}>
      {(control) =>
        multiline ? (
          <textarea {...control} value={value} onChange={change} onBlur={onBlur} rows={8} />
        ) : (
          <input
            {...control}
            type={type}
            value={value}
            onChange={change}
            onBlur={onBlur}
            {...(autoCapitalize ? { autoCapitalize } : {})}
            {...(inputMode ? { inputMode } : {})}
            {...(autoComplete ? { autoComplete } : {})}
          />
        )
      }
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The first, empty option ("请选择"). */
  placeholder: string;
  disabled?: boolean;
  busy?: boolean;
}

export function SelectField({ value, onChange, options, placeholder, disabled, busy, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
          aria-busy={busy || undefined}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxProps {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A yes/no question as one large, tappable checkbox. */
export function Checkbox({ id, label, help, checked, onChange }: CheckboxProps) {
  return (
    <label className="choice" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={help ? `${id}-help` : undefined}
      />
      <span>
        <span className="choice-label">{label}</span>
        {help ? (
          <span id={`${id}-help`} className="choice-help">
            {help}
          </span>
        ) : null}
      </span>
    </label>
  );
}
