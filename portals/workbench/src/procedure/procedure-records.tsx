import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate, formatDateTime } from '@tjxf/ui';
import type { StaffPetition } from '../petition/petition-query';

/**
 * The written documents of the procedure, newest last: notices, the reply and review
 * decisions with their outcome, facts, reasons and legal basis (R-P8).
 */
export function DocumentList({ documents }: { documents: StaffPetition['documents'] }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  if (documents.length === 0) return <p>{t('records.noDocuments')}</p>;
  return (
    <ul className="record-list" data-testid="documents">
      {documents.map((doc) => (
        <li key={doc.id}>
          <p>
            <strong>{tc(`documentKind.${doc.kind}`)}</strong>{' '}
            <span className="muted">
              <time dateTime={doc.issuedAt}>{formatDateTime(doc.issuedAt, language)}</time>
            </span>
          </p>
          {doc.outcome ? (
            <dl className="facts">
              {(
                [
                  [tc('replyField.outcome'), tc(`replyOutcome.${doc.outcome}`)],
                  [tc('replyField.facts'), doc.facts],
                  [tc('replyField.reasons'), doc.reasons],
                  [tc('replyField.legalBasis'), doc.legalBasis],
                ] as const
              )
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd className="user-text">{value}</dd>
                  </div>
                ))}
            </dl>
          ) : (
            <p className="user-text">{inLanguage(doc.text, language)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The petitioner's ratings of the petition office and the responsible unit (R-P13). */
export function EvaluationList({ evaluations }: { evaluations: StaffPetition['evaluations'] }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  if (evaluations.length === 0) return <p>{t('records.noEvaluations')}</p>;
  return (
    <dl className="facts" data-testid="evaluations">
      {evaluations.map((e) => (
        <div key={e.id}>
          <dt>{tc(`evaluationTarget.${e.target}`)}</dt>
          <dd>
            <strong>{tc(`rating.${e.rating}`)}</strong>{' '}
            <span className="muted">
              <time dateTime={e.at}>{formatDate(e.at, language)}</time>
            </span>
            {e.comment ? <span className="user-text"> · {e.comment}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
