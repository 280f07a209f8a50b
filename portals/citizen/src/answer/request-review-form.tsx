import { useMutation } from '@tanstack/react-query';
import { RequestReviewDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { TextField } from '../components/fields';
import { serverProblem } from './server-problem';

/** Why the petitioner asks for review: the text the reviewing unit reads. */
export function ReviewReasonField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('citizen');
  return (
    <TextField
      id="review-reason"
      label={t('answer.reviewReason')}
      hint={t('answer.reviewReasonHint')}
      multiline
      max={2000}
      {...props}
    />
  );
}

/**
 * 请求复查 (R-P10): a signed-in petitioner who disagrees with the reply (or the review) asks
 * the next higher unit, with a reason; sent with the version the page showed.
 */
export function RequestReviewSection({
  petition,
  onRequested,
}: {
  petition: { id: string; version: number; status: string };
  onRequested: () => unknown;
}) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const request = useMutation({
    mutationFn: () =>
      execute(RequestReviewDocument, { id: petition.id, reason: reason.trim(), expectedVersion: petition.version }),
    onSettled: () => onRequested(),
  });
  const again = petition.status === 'REVIEWED';
  const reasonProblem = serverProblem(request.error, 'reason', language);
  const openForm = () => {
    setOpen(true);
    requestAnimationFrame(() => document.getElementById('review-reason')?.focus());
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <section className="card" aria-labelledby="request-review">
      <h2 id="request-review">{t(again ? 'answer.reReviewTitle' : 'answer.reviewTitle')}</h2>
      <p>{t(again ? 'answer.reReviewIntro' : 'answer.reviewIntro')}</p>
      {open ? (
        <form className="form" noValidate onSubmit={onSubmit}>
          {request.isError && !reasonProblem ? <ErrorMessage error={request.error} /> : null}
          <ReviewReasonField value={reason} onChange={setReason} error={reasonProblem} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? t('answer.sending') : t(again ? 'answer.submitReReview' : 'answer.submitReview')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={openForm}>
          {t(again ? 'answer.reReviewTitle' : 'answer.reviewTitle')}
        </button>
      )}
    </section>
  );
}
