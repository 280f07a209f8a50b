import type { DocumentFieldsFragment } from '@tjxf/graphql-client';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime } from '@tjxf/ui';
import { Fact } from '../components/fact';

/**
 * The written documents meant for the petitioner (R-P7, R-P8, R-P10): notices as written,
 * the reply and review decisions with their outcome, facts, reasons and legal basis, and
 * what the petitioner may do next (`remedy`).
 */
export function PetitionerDocuments({
  documents,
  headingLevel,
}: {
  documents: readonly DocumentFieldsFragment[];
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  if (documents.length === 0) return null;
  return (
    <section className="card" aria-labelledby="petitioner-documents" data-testid="documents">
      <Heading id="petitioner-documents">{t('answer.documents')}</Heading>
      <ul className="plain-list document-list">
        {documents.map((doc) => (
          <li key={doc.id} data-testid={`document-${doc.kind}`}>
            <Sub className="document-title">{tc(`documentKind.${doc.kind}`)}</Sub>
            <p className="muted">
              <time dateTime={doc.issuedAt}>{formatDateTime(doc.issuedAt, language)}</time>
            </p>
            {doc.outcome ? (
              <>
                <dl className="facts">
                  <Fact label={tc('replyField.outcome')} testId="document-outcome">
                    <strong>{tc(`replyOutcome.${doc.outcome}`)}</strong>
                  </Fact>
                  {doc.facts ? (
                    <Fact label={tc('replyField.facts')}>{<span className="user-text">{doc.facts}</span>}</Fact>
                  ) : null}
                  {doc.reasons ? (
                    <Fact label={tc('replyField.reasons')}>{<span className="user-text">{doc.reasons}</span>}</Fact>
                  ) : null}
                  {doc.legalBasis ? (
                    <Fact label={tc('replyField.legalBasis')}>
                      {<span className="user-text">{doc.legalBasis}</span>}
                    </Fact>
                  ) : null}
                </dl>
                {doc.remedy ? <p className="notice-text">{inLanguage(doc.remedy, language)}</p> : null}
              </>
            ) : (
              <p className="notice-text user-text">{inLanguage(doc.text, language)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
