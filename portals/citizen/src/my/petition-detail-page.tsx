import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PetitionDetail } from '@tjxf/graphql-client';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { AttachmentList, ErrorMessage, Loading, Page, formatDate, formatDateTime } from '@tjxf/ui';
import { Link, useParams } from 'react-router';
import { EvaluationSection } from '../answer/evaluation-form';
import { PetitionerDocuments } from '../answer/petitioner-documents';
import { RequestReviewSection } from '../answer/request-review-form';
import { DeadlineText } from '../components/deadline';
import { Fact } from '../components/fact';
import { Timeline } from '../components/timeline';
import { categoryLabel } from '../pickers/category-tree';
import { categoriesQuery } from '../pickers/reference-queries';
import { petitionDetailQuery } from './my-petitions-queries';
import './my-petitions.css';

/** One of the citizen's petitions: where it stands, what comes next and by when, what happened, what was filed. */
export function PetitionDetailPage() {
  const { t } = useTranslation('citizen');
  const { id = '' } = useParams();
  const petition = useQuery(petitionDetailQuery(id));
  if (petition.isPending) return <Loading />;
  if (petition.isError || !petition.data) {
    return (
      <Page title={t('detail.notFoundTitle')}>
        {petition.isError ? <ErrorMessage error={petition.error} onRetry={() => void petition.refetch()} /> : null}
        <p>
          <Link to="/my">{t('detail.back')}</Link>
        </p>
      </Page>
    );
  }
  return <Detail petition={petition.data} />;
}

function Detail({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const categories = useQuery(categoriesQuery);
  const deadline = petition.currentDeadline;
  const none = t('review.none');
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['petition', petition.id] }),
      queryClient.invalidateQueries({ queryKey: ['myPetitions'] }),
    ]);
  return (
    <Page title={petition.title}>
      <p className="no-print">
        <Link to="/my">{t('detail.back')}</Link>
      </p>
      <section className="card" aria-labelledby="detail-summary">
        <h2 id="detail-summary">{t('detail.summary')}</h2>
        <dl className="facts">
          <Fact label={t('receipt.codeLabel')} testId="detail-code">
            {petition.trackingCode}
          </Fact>
          <Fact label={t('track.status')} testId="detail-status">
            <span className="status-badge">{tc(`petitionStatus.${petition.status}`)}</span>
          </Fact>
          <Fact label={t('kind.legend')}>{tc(`petitionKind.${petition.kind}`)}</Fact>
          <Fact label={t('category.legend')}>
            {categories.data ? categoryLabel(categories.data, petition.categoryCode, language) : petition.categoryCode}
          </Fact>
          <Fact label={t('detail.channel')}>{tc(`channel.${petition.channel}`)}</Fact>
          <Fact label={t('receipt.submittedAt')}>{formatDateTime(petition.receivedAt, language)}</Fact>
          <Fact label={t('detail.receivingUnit')}>{petition.receivingUnit.name}</Fact>
          <Fact label={t('detail.leadUnit')}>{petition.leadUnit?.name ?? t('detail.notYet')}</Fact>
          {petition.respondentUnit ? <Fact label={t('respondent.legend')}>{petition.respondentUnit.name}</Fact> : null}
          {petition.peopleInvolved > 1 ? (
            <Fact label={t('people.peopleInvolved')}>{petition.peopleInvolved}</Fact>
          ) : null}
          <Fact label={t('content.confidential')}>{petition.confidential ? t('review.yes') : t('review.no')}</Fact>
        </dl>
      </section>

      <section className="card next-step" aria-labelledby="detail-next">
        <h2 id="detail-next">{t('receipt.nextStep')}</h2>
        <p data-testid="next-step">{inLanguage(petition.nextStep, language)}</p>
        {deadline ? (
          <p>
            <DeadlineText deadline={deadline} />
          </p>
        ) : null}
      </section>

      <PetitionerDocuments documents={petition.documents} headingLevel={2} />
      <EvaluationSection
        documents={petition.documents}
        evaluations={petition.evaluations}
        evaluator={{ petitionId: petition.id }}
        headingLevel={2}
        onRated={reload}
      />
      {petition.allowedActions.includes('REQUEST_REVIEW') ? (
        <RequestReviewSection petition={petition} onRequested={reload} />
      ) : null}

      <section className="card" aria-labelledby="detail-history">
        <h2 id="detail-history">{t('timeline.title')}</h2>
        <Timeline
          labelledBy="detail-history"
          entries={petition.history.map((h) => ({
            at: h.at,
            action: h.action,
            status: h.toStatus,
            note: h.note,
            unitName: h.unit?.name ?? null,
          }))}
        />
      </section>

      {petition.deadlines.length ? (
        <section className="card" aria-labelledby="detail-deadlines">
          <h2 id="detail-deadlines">{t('detail.deadlines')}</h2>
          <ul className="plain-list deadline-list">
            {petition.deadlines.map((d) => (
              <li key={`${d.kind}-${d.dueAt}`}>
                <DeadlineText deadline={d} />{' '}
                <span className={d.metAt ? 'deadline-met' : 'deadline-open'}>
                  {d.metAt
                    ? t('deadline.met', { date: formatDate(d.metAt, language) })
                    : new Date(d.dueAt).getTime() < Date.now()
                      ? t('deadline.overdue')
                      : t('deadline.open')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="detail-content">
        <h2 id="detail-content">{t('detail.content')}</h2>
        <dl className="facts">
          <Fact label={t('content.title')}>{petition.title}</Fact>
          <Fact label={t('content.content')} testId="detail-content">
            <span className="user-text">{petition.content}</span>
          </Fact>
          <Fact label={t('place.address')}>{petition.address ?? none}</Fact>
          <Fact label={t('detail.region')}>{petition.regionName}</Fact>
          {(petition.petitioners ?? []).map((p, i) => (
            <Fact key={i} label={tc(`petitionerRole.${p.role}`)}>
              {[p.name, p.phone, p.idNumber, p.address, p.relationship].filter(Boolean).join(' · ')}
            </Fact>
          ))}
        </dl>
      </section>

      {petition.legalChannel ? (
        <section className="card redirect-notice" aria-labelledby="detail-redirect">
          <h2 id="detail-redirect">
            {t('receipt.redirectHeading', { channel: tc(`legalChannel.${petition.legalChannel}`) })}
          </h2>
          <p className="notice-text">
            {inLanguage(petition.history.find((h) => h.action === 'REDIRECTED')?.note ?? '', language)}
          </p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="detail-files">
        <h2 id="detail-files">{t('files.label')}</h2>
        <AttachmentList attachments={petition.attachments ?? []} empty={none} />
      </section>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('detail.print')}
        </button>{' '}
        {/* the whole file, e.g. for one's lawyer (R-LAW) */}
        <a className="button button-secondary" href={`/petitions/${petition.id}/case-file.pdf`} download>
          {t('detail.caseFile')}
        </a>
      </p>
    </Page>
  );
}
