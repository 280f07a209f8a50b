import type { TrackedPetition } from '@tjxf/graphql-client';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime } from '@tjxf/ui';
import type { Ref } from 'react';
import { ReviewByPhoneSection } from '../account/phone-proof';
import { EvaluationSection, type Evaluator } from '../answer/evaluation-form';
import { PetitionerDocuments } from '../answer/petitioner-documents';
import { DeadlineText } from '../components/deadline';
import { Fact } from '../components/fact';
import { Timeline } from '../components/timeline';

/** Where a tracked petition stands: status, the time limit now running, what comes next, the timeline. */
export function TrackResult({
  petition,
  headingRef,
  evaluator,
  onChanged,
  onReviewRequested,
}: {
  petition: TrackedPetition;
  headingRef: Ref<HTMLHeadingElement>;
  /** The tracking code and phone digits that found it, to rate it with. */
  evaluator: Evaluator;
  /** Look it up again (after a rating). */
  onChanged: () => unknown;
  /** The petition after a request for review made here (by a code to the phone on it). */
  onReviewRequested: (petition: TrackedPetition) => void;
}) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  return (
    <section className="track-result" aria-labelledby="track-result-heading" data-testid="track-result">
      <h2 id="track-result-heading" ref={headingRef} tabIndex={-1}>
        {t('track.resultTitle', { code: petition.trackingCode })}
      </h2>
      <div className="card">
        <dl className="facts">
          <Fact label={t('content.title')} testId="track-title">
            {petition.title}
          </Fact>
          <Fact label={t('kind.legend')} testId="track-kind">
            {tc(`petitionKind.${petition.kind}`)}
          </Fact>
          <Fact label={t('track.status')} testId="track-status">
            <span className="status-badge">{tc(`petitionStatus.${petition.status}`)}</span>
          </Fact>
          <Fact label={t('receipt.submittedAt')}>{formatDateTime(petition.receivedAt, language)}</Fact>
        </dl>
      </div>
      {petition.redirect ? (
        <section className="card redirect-notice" aria-labelledby="track-redirect">
          <h3 id="track-redirect">
            {t('receipt.redirectHeading', { channel: tc(`legalChannel.${petition.redirect.channel}`) })}
          </h3>
          <p className="notice-text">{inLanguage(petition.redirect.notice, language)}</p>
        </section>
      ) : null}
      <section className="card next-step" aria-labelledby="track-next">
        <h3 id="track-next">{t('receipt.nextStep')}</h3>
        <p data-testid="next-step">{inLanguage(petition.nextStep, language)}</p>
        {petition.currentDeadline ? (
          <p data-testid="current-deadline">
            <DeadlineText deadline={petition.currentDeadline} />
          </p>
        ) : null}
      </section>
      <PetitionerDocuments documents={petition.documents} headingLevel={3} />
      <EvaluationSection
        documents={petition.documents}
        evaluations={petition.evaluations}
        evaluator={evaluator}
        headingLevel={3}
        onRated={onChanged}
      />
      {petition.status === 'REPLIED' || petition.status === 'REVIEWED' ? (
        <ReviewByPhoneSection petition={petition} onRequested={onReviewRequested} />
      ) : null}
      <section className="card" aria-labelledby="track-history">
        <h3 id="track-history">{t('timeline.title')}</h3>
        <Timeline
          labelledBy="track-history"
          entries={petition.history.map((h) => ({
            at: h.at,
            action: h.action,
            status: h.status,
            note: h.note,
            unitName: h.unit?.name ?? null,
          }))}
        />
      </section>
    </section>
  );
}
