import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { AttachmentList, ErrorMessage, Loading, Page, formatDateTime } from '@tjxf/ui';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { categoryText } from '../reference/category-path';
import { categoryTreeQuery } from '../reference/reference-queries';
import { DeadlineList } from './deadline-list';
import { DocumentList, EvaluationList } from '../procedure/procedure-records';
import { HandOffList } from '../procedure/hand-off-form';
import { HearingList } from '../procedure/recusal-form';
import { TaskReports } from '../procedure/task-reports';
import { PetitionSupervision } from '../supervision/petition-supervision';
import { PetitionActions } from './petition-actions';
import { staffPetitionQuery, type StaffPetition } from './petition-query';
import { PetitionTimeline } from './petition-timeline';
import { RiskBadge } from './risk-badge';
import './petition.css';

/** A petition as staff read it (/workbench/petitions/:id). */
export function PetitionPage() {
  const { t } = useTranslation('workbench');
  const { id = '' } = useParams();
  const petition = useQuery(staffPetitionQuery(id));
  if (petition.isPending) return <Loading />;
  if (petition.isError || !petition.data) {
    return (
      <Page title={t('petition.notFoundTitle')}>
        {petition.isError ? <ErrorMessage error={petition.error} onRetry={() => void petition.refetch()} /> : null}
        <BackToInbox />
      </Page>
    );
  }
  return <PetitionView petition={petition.data} />;
}

/** Back to the inbox, with the filters it was opened from. */
function BackToInbox() {
  const { t } = useTranslation('workbench');
  const { state } = useLocation();
  const search = (state as { inbox?: string } | null)?.inbox ?? '';
  return (
    <p>
      <Link to={{ pathname: '/', search }}>{t('petition.back')}</Link>
    </p>
  );
}

/** A `<dl className="facts">` from rows of label and value; rows without a value are left out. */
function Facts({ rows }: { rows: readonly (readonly [label: string, value: ReactNode, testId?: string])[] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([label, value, testId]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd {...(testId ? { 'data-testid': testId } : {})}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function PetitionView({ petition }: { petition: StaffPetition }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const categories = useQuery(categoryTreeQuery);
  const section = (key: string) => ({ 'aria-labelledby': `petition-${key}` });
  return (
    <Page title={petition.title}>
      <BackToInbox />
      <section className="card" {...section('summary')}>
        <h2 id="petition-summary">{t('petition.summary')}</h2>
        <Facts
          rows={[
            [t('petition.code'), <span className="tracking-code">{petition.trackingCode}</span>, 'petition-code'],
            [
              t('petition.status'),
              <span className="status-badge">{tc(`petitionStatus.${petition.status}`)}</span>,
              'petition-status',
            ],
            [t('petition.kind'), tc(`petitionKind.${petition.kind}`)],
            [t('petition.channel'), tc(`channel.${petition.channel}`)],
            [
              t('petition.category'),
              categories.data ? categoryText(categories.data, petition.categoryCode, language) : petition.categoryCode,
            ],
            [t('petition.region'), petition.regionName],
            [t('petition.address'), petition.address],
            [
              t('petition.received'),
              <time dateTime={petition.receivedAt}>{formatDateTime(petition.receivedAt, language)}</time>,
            ],
            [t('petition.risk'), <RiskBadge level={petition.riskLevel} flags={petition.riskFlags} />],
            [
              t('petition.repeatOf'),
              petition.repeatOf ? (
                <Link to={`/petitions/${petition.repeatOf.id}`}>{petition.repeatOf.trackingCode}</Link>
              ) : null,
              'petition-repeat-of',
            ],
            [t('petition.receivingUnit'), petition.receivingUnit.name],
            [t('petition.leadUnit'), petition.leadUnit?.name ?? t('inbox.noLeadUnit'), 'petition-lead-unit'],
            [
              t('petition.coHandlingUnits'),
              petition.coHandlingUnits.length
                ? petition.coHandlingUnits.map((unit) => unit.name).join(t('risk.separator'))
                : null,
              'petition-co-handling',
            ],
            [t('petition.reviewUnit'), petition.reviewUnit?.name, 'petition-review-unit'],
            [t('petition.respondentUnit'), petition.respondentUnit?.name],
            [t('petition.peopleInvolved'), petition.peopleInvolved > 1 ? String(petition.peopleInvolved) : null],
            [t('petition.confidential'), petition.confidential ? t('petition.yes') : null],
            [t('petition.legalChannel'), petition.legalChannel ? tc(`legalChannel.${petition.legalChannel}`) : null],
          ]}
        />
        <p>
          {/* the whole file as one document, for review and for the petitioner's lawyer (R-LAW) */}
          <a href={`/petitions/${petition.id}/case-file.pdf`} download data-testid="case-file">
            {t('petition.caseFile')}
          </a>
        </p>
      </section>

      <PetitionActions petition={petition} />

      <section className="card" {...section('content')}>
        <h2 id="petition-content">{t('petition.content')}</h2>
        {/* what the petitioner wrote is text: React escapes it, CSS keeps its line breaks */}
        <p className="user-text" data-testid="petition-content">
          {petition.content}
        </p>
      </section>

      <section className="card" {...section('petitioners')}>
        <h2 id="petition-petitioners">{t('petition.petitioners')}</h2>
        {petition.petitioners === null || petition.petitioners === undefined ? (
          <p data-testid="petitioners-withheld">{t('petition.petitionersWithheld')}</p>
        ) : (
          <ul className="petitioner-list" data-testid="petitioners">
            {petition.petitioners.map((p, i) => (
              <li key={i}>
                <p>
                  <strong>{p.name}</strong> <span className="muted">{tc(`petitionerRole.${p.role}`)}</span>
                </p>
                <Facts
                  rows={[
                    [t('petition.phone'), p.phone],
                    [t('petition.idNumber'), p.idNumber],
                    [t('petition.address'), p.address],
                    [t('petition.relationship'), p.relationship],
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" {...section('history')}>
        <h2 id="petition-history">{t('petition.history')}</h2>
        <PetitionTimeline history={petition.history} labelledBy="petition-history" />
      </section>

      <section className="card" {...section('deadlines')}>
        <h2 id="petition-deadlines">{t('petition.deadlines')}</h2>
        <DeadlineList
          deadlines={petition.deadlines}
          current={petition.deadlines.find((d) => sameDeadline(d, petition.currentDeadline)) ?? null}
        />
      </section>

      <section className="card" {...section('documents')}>
        <h2 id="petition-documents">{t('records.documents')}</h2>
        <DocumentList documents={petition.documents} />
      </section>

      <HandOffList petitionId={petition.id} />

      <HearingList petitionId={petition.id} />

      <section className="card" {...section('tasks')}>
        <h2 id="petition-tasks">{t('records.tasks')}</h2>
        <TaskReports petitionId={petition.id} />
      </section>

      <section className="card" {...section('evaluations')}>
        <h2 id="petition-evaluations">{t('records.evaluations')}</h2>
        <EvaluationList evaluations={petition.evaluations} />
      </section>

      <section className="card" {...section('supervision')}>
        <h2 id="petition-supervision">{t('supervision.onPetition')}</h2>
        <PetitionSupervision petition={petition} />
      </section>

      <section className="card" {...section('attachments')}>
        <h2 id="petition-attachments">{t('petition.attachments')}</h2>
        {petition.attachments === null || petition.attachments === undefined ? (
          <p>{t('petition.attachmentsWithheld')}</p>
        ) : (
          <AttachmentList attachments={petition.attachments} empty={t('petition.none')} />
        )}
      </section>
    </Page>
  );
}

const sameDeadline = (
  a: { kind: string; dueAt: string },
  b: { kind: string; dueAt: string } | null | undefined,
): boolean => Boolean(b && a.kind === b.kind && a.dueAt === b.dueAt);
