import type { PetitionKind } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { Link } from 'react-router';
import { fieldId } from '../field-keys';
import type { StepProps } from './step-props';

const KINDS: readonly PetitionKind[] = ['COMPLAINT', 'REPORT', 'SUGGESTION'];

/** The legal classification (R-P2): what the matter is, each with a line that explains it. */
export function KindStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const error = errorOf('kind');
  const errorId = `${fieldId('kind')}-error`;
  return (
    <>
      <fieldset
        className="choices"
        role="radiogroup"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <legend>{t('kind.question')}</legend>
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
        {KINDS.map((kind, i) => (
          <label key={kind} className="choice" htmlFor={i === 0 ? fieldId('kind') : `${fieldId('kind')}-${kind}`}>
            <input
              id={i === 0 ? fieldId('kind') : `${fieldId('kind')}-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => update({ kind })}
              aria-describedby={`kind-help-${kind}`}
            />
            <span>
              <span className="choice-label">{tc(`petitionKind.${kind}`)}</span>
              <span id={`kind-help-${kind}`} className="choice-help">
                {t(`kind.help.${kind}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field-hint">
        {t('kind.suggestionHint')} <Link to="/suggest">{t('kind.suggestionLink')}</Link>
      </p>
    </>
  );
}
