import { useTranslation } from '@tjxf/i18n';
import { STEPS, type StepId } from '../draft/petition-draft';

/** Where the petitioner is in the form: done, current (aria-current="step") and to come. */
export function StepIndicator({ current }: { current: StepId }) {
  const { t } = useTranslation('citizen');
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t('steps.label')} className="no-print">
      <ol className="steps">
        {STEPS.map((step, i) => (
          <li
            key={step}
            className={i < at ? 'step step-done' : i === at ? 'step step-current' : 'step'}
            aria-current={i === at ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="step-name">
              {t(`steps.${step}`)}
              {i < at ? <span className="visually-hidden">{t('steps.done')}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
