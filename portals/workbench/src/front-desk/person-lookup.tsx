import { useMutation } from '@tanstack/react-query';
import { PetitionerHistoryDocument, execute, type PetitionerHistoryQuery } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, formatDate } from '@tjxf/ui';
import { Link } from 'react-router';
import { fieldProblem } from '../procedure/step-errors';
import { dateInWords } from './official-date';
import type { RegistrationDraft } from './registration-draft';
import { useFrontDeskMessages } from './use-front-desk-messages';

type History = PetitionerHistoryQuery['petitionerHistory'];

export interface PersonLookupProps {
  draft: RegistrationDraft;
  /** The officer chose (or dropped) the skipped-level rule as the disposal. */
  onSkippedLevel: (chosen: boolean) => void;
}

/** The draft as the look-up reads it, once the matter is written enough to compare. */
function draftOf(draft: RegistrationDraft) {
  if (!draft.categoryCode || !draft.regionCode || !draft.title.trim() || !draft.content.trim()) return null;
  const { kind, categoryCode, regionCode, title, content } = draft;
  return { kind, categoryCode, regionCode, title, content };
}

/**
 * 查询信访记录: before saving, the first petitioner's earlier petitions in every unit and level
 * (issue 11, R-P4), with the repeat and skipped-level warnings; the skipped-level rule is
 * offered as the disposal, with the notice the petitioner is given. Each look-up is logged.
 */
export function PersonLookup({ draft, onSkippedLevel }: PersonLookupProps) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const first = draft.petitioners[0];
  const lookUp = useMutation({
    mutationFn: (): Promise<History> =>
      execute(PetitionerHistoryDocument, {
        input: {
          idNumber: first?.idNumber.trim() || null,
          phone: first?.phone.trim() || null,
          draft: draftOf(draft),
        },
      }).then((d) => d.petitionerHistory),
    onSuccess: (history) => {
      if (!history.skippedLevel) onSkippedLevel(false);
    },
  });
  const problem =
    fieldProblem(lookUp.error, 'idNumber', language) ?? fieldProblem(lookUp.error, 'phone', language) ?? null;
  const history = lookUp.data;
  return (
    <section className="card front-desk-lookup" aria-labelledby="fd-lookup" data-testid="person-lookup">
      <h2 id="fd-lookup">{t('frontDesk.lookUp')}</h2>
      <p className="muted">{t('frontDesk.lookUpIntro')}</p>
      {problem ? <p className="field-error">{problem}</p> : null}
      {lookUp.error && !problem ? <ErrorMessage error={lookUp.error} /> : null}
      <button type="button" className="button" disabled={lookUp.isPending} onClick={() => lookUp.mutate()}>
        {t('frontDesk.lookUpButton')}
      </button>
      <div role="status" aria-live="polite">
        {history ? (
          <>
            {history.repeatOf ? (
              <p className="alert alert-warning" data-testid="repeat-warning">
                {t('frontDesk.repeatWarning', { code: history.repeatOf.trackingCode })}
              </p>
            ) : null}
            {history.skippedLevel ? (
              <p className="alert alert-warning" data-testid="skipped-level-warning">
                {t('frontDesk.skippedWarning', {
                  unit: history.skippedLevel.lowerUnit.name,
                  date: dateInWords(history.skippedLevel.dueAt),
                })}
              </p>
            ) : null}
            {history.earlierPetitions.length === 0 ? <p>{t('frontDesk.lookUpNone')}</p> : null}
          </>
        ) : null}
      </div>
      {history?.skippedLevel ? (
        <div className="skipped-level-choice">
          <label className="choice" htmlFor="fd-notAcceptedAsSkippedLevel">
            <input
              id="fd-notAcceptedAsSkippedLevel"
              type="checkbox"
              checked={draft.notAcceptedAsSkippedLevel}
              onChange={(e) => onSkippedLevel(e.target.checked)}
              aria-describedby="fd-skipped-notice"
            />
            <span className="choice-label">{t('frontDesk.skippedChoice')}</span>
          </label>
          <blockquote id="fd-skipped-notice" className="official-notice">
            {history.skippedLevel.notice}
          </blockquote>
        </div>
      ) : null}
      {history?.earlierPetitions.length ? (
        <div className="table-wrap">
          <table className="earlier-petitions" data-testid="earlier-petitions">
            <caption>{t('frontDesk.earlier')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frontDesk.earlierCode')}</th>
                <th scope="col">{t('frontDesk.earlierDate')}</th>
                <th scope="col">{t('frontDesk.earlierTitle')}</th>
                <th scope="col">{t('frontDesk.earlierStatus')}</th>
                <th scope="col">{t('frontDesk.earlierUnit')}</th>
              </tr>
            </thead>
            <tbody>
              {history.earlierPetitions.map((p) => (
                <tr key={p.trackingCode}>
                  <td className="tracking-code">
                    {p.id ? <Link to={`/petitions/${p.id}`}>{p.trackingCode}</Link> : p.trackingCode}
                  </td>
                  <td>{formatDate(p.receivedAt, language)}</td>
                  <td>{p.title ?? t('frontDesk.titleWithheld')}</td>
                  <td>{tc(`petitionStatus.${p.status}`)}</td>
                  <td>{p.handlingUnit.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
