import { useQuery } from '@tanstack/react-query';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { Page, formatDate, formatDateTime, useViewer } from '@tjxf/ui';
import { useId } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Fact } from '../components/fact';
import { categoryLabel } from '../pickers/category-tree';
import { categoriesQuery } from '../pickers/reference-queries';
import { isReceiptState, type ReceiptState } from './receipt-state';
import { TrackingCodeDisplay } from './tracking-code-display';
import './receipt.css';

/**
 * After sending: the tracking code (big, grouped, copyable), what happens next and by when,
 * and what was filed, printable. A matter for the courts, arbitration or another channel
 * gets its written notice instead (R-P2).
 */
export function ReceiptPage() {
  const { t } = useTranslation('citizen');
  const location = useLocation();
  const state: unknown = location.state;
  if (!isReceiptState(state)) return <Navigate to="/" replace />;
  const redirect = state.result.redirect;
  return (
    <Page title={redirect ? t('receipt.redirectTitle') : t('receipt.title')}>
      {redirect ? <RedirectNotice receipt={state} /> : <NormalReceipt receipt={state} />}
      <Filed receipt={state} />
      <Actions receipt={state} />
    </Page>
  );
}

function NormalReceipt({ receipt }: { receipt: ReceiptState }) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const { result } = receipt;
  return (
    <section className="card receipt" aria-labelledby="receipt-done">
      <h2 id="receipt-done" className="receipt-done">
        {receipt.suggestion ? t('receipt.doneSuggestion') : t('receipt.done')}
      </h2>
      <TrackingCodeDisplay code={result.petition.trackingCode} />
      <p>
        {receipt.phoneLast4 ? t('receipt.howToTrackPhone', { last4: receipt.phoneLast4 }) : t('receipt.howToTrack')}
      </p>
      <h3>{t('receipt.nextStep')}</h3>
      <p data-testid="next-step">{inLanguage(result.nextStep, language)}</p>
      {result.nextStepDueAt ? <p>{t('receipt.dueBy', { date: formatDate(result.nextStepDueAt, language) })}</p> : null}
    </section>
  );
}

function RedirectNotice({ receipt }: { receipt: ReceiptState }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const redirect = receipt.result.redirect!;
  return (
    <>
      <section className="card redirect-notice" aria-labelledby="redirect-heading" data-testid="redirect-notice">
        <h2 id="redirect-heading">
          {t('receipt.redirectHeading', { channel: tc(`legalChannel.${redirect.channel}`) })}
        </h2>
        <p className="notice-text">{inLanguage(redirect.notice, language)}</p>
        <p>{inLanguage(receipt.result.nextStep, language)}</p>
      </section>
      <section className="card" aria-labelledby="redirect-code">
        <h2 id="redirect-code">{t('receipt.redirectRecord')}</h2>
        <TrackingCodeDisplay code={receipt.result.petition.trackingCode} />
      </section>
    </>
  );
}

function Filed({ receipt }: { receipt: ReceiptState }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const categories = useQuery(categoriesQuery);
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t('receipt.filed')}</h2>
      <dl className="facts">
        <Fact label={t('receipt.submittedAt')}>{formatDateTime(receipt.submittedAt, language)}</Fact>
        <Fact label={t('kind.legend')}>{tc(`petitionKind.${receipt.kind}`)}</Fact>
        <Fact label={t('category.legend')}>
          {categories.data ? categoryLabel(categories.data, receipt.categoryCode, language) : receipt.categoryCode}
        </Fact>
        {receipt.regionName ? <Fact label={t('region.legend')}>{receipt.regionName}</Fact> : null}
        <Fact label={t('content.title')} testId="receipt-title">
          {receipt.title}
        </Fact>
        <Fact label={t('content.content')} testId="receipt-content">
          <span className="user-text">{receipt.content}</span>
        </Fact>
      </dl>
    </section>
  );
}

function Actions({ receipt }: { receipt: ReceiptState }) {
  const { t } = useTranslation('citizen');
  const { data: viewer } = useViewer();
  const code = receipt.result.petition.trackingCode;
  return (
    <div className="button-row no-print">
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        {t('receipt.print')}
      </button>
      <Link className="button button-secondary" to={`/track?code=${encodeURIComponent(code)}`}>
        {t('receipt.track')}
      </Link>
      {viewer ? (
        <Link className="button button-secondary" to={`/my/${receipt.result.petition.id}`}>
          {t('receipt.open')}
        </Link>
      ) : null}
    </div>
  );
}
