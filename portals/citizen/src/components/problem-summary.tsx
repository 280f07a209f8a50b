import { useLanguage, useTranslation } from '@tjxf/i18n';
import { problemText, type Problem } from '../petition-form/problems';

export interface ProblemSummaryProps<F extends string> {
  problems: readonly Problem<F>[];
  label: (field: F) => string;
  idOf: (field: F) => string;
}

/**
 * What to fix before going on, announced at once (role=alert), each a link to its field.
 * After the GOV.UK error summary: the reader learns how many problems there are and where.
 */
export function ProblemSummary<F extends string>({ problems, label, idOf }: ProblemSummaryProps<F>) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  if (!problems.length) return null;
  return (
    <div className="alert alert-error problem-summary" role="alert">
      <p>
        <strong>{t('form.problemsTitle', { count: problems.length })}</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.field}-${i}`}>
            <a
              href={`#${idOf(problem.field)}`}
              onClick={(event) => {
                const target = document.getElementById(idOf(problem.field));
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'center' });
              }}
            >
              {t('form.problemItem', { field: label(problem.field), message: problemText(problem, t, language) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
