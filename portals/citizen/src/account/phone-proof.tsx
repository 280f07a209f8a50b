import { useMutation } from '@tanstack/react-query';
import {
  RequestReviewByPhoneDocument,
  TrackPetitionByPhoneDocument,
  execute,
  type TrackedPetition,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { ReviewReasonField } from '../answer/request-review-form';
import { serverProblem } from '../answer/server-problem';
import { PhoneCodeFields, isCode, mobileDigits, usePhoneCode, type PhoneCode } from './phone-code';

/** What a petition proven by phone gives the tracking page: it, and the digits to rate it with. */
export interface ProvenPetition {
  petition: TrackedPetition;
  evaluator: { trackingCode: string; phoneLast4: string };
}

/** The phone and code of the form, checked before sending; null (and the field focused) when wrong. */
function provenPhone(state: PhoneCode, idPrefix: string, codeRequired: string, phoneRequired: string) {
  const phone = mobileDigits(state.phone);
  state.setPhoneProblem(phone ? undefined : phoneRequired);
  const codeProblem = isCode(state.code) ? undefined : codeRequired;
  if (!phone || codeProblem) {
    document.getElementById(`${idPrefix}-${phone ? 'code' : 'phone'}`)?.focus();
    return { phone: null, codeProblem };
  }
  return { phone, codeProblem };
}

/**
 * When look-ups of a tracking code are paused (too many wrong tries, maybe a stranger's), the
 * petitioner proves the petition is theirs with a code sent to the phone on it (issue 10).
 */
export function PhoneUnlockSection({
  trackingCode,
  onFound,
}: {
  trackingCode: string;
  onFound: (found: ProvenPetition) => void;
}) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const phoneCode = usePhoneCode();
  const [codeProblem, setCodeProblem] = useState<string | undefined>();
  const unlock = useMutation({
    mutationFn: (input: { trackingCode: string; phone: string; code: string }) =>
      execute(TrackPetitionByPhoneDocument, { input }).then((d) => d.trackPetitionByPhone),
    onSuccess: (petition, input) =>
      onFound({ petition, evaluator: { trackingCode, phoneLast4: input.phone.slice(-4) } }),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = provenPhone(phoneCode, 'unlock', t('account.codeRequired'), t('account.phoneRequired'));
    setCodeProblem(checked.codeProblem);
    if (checked.phone) unlock.mutate({ trackingCode, phone: checked.phone, code: phoneCode.code.trim() });
  };
  const server = serverProblem(unlock.error, 'code', language);
  return (
    <section className="card" aria-labelledby="phone-unlock">
      <h2 id="phone-unlock">{t('account.phoneProof.unlockTitle')}</h2>
      <p>{t('account.phoneProof.unlockIntro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <PhoneCodeFields idPrefix="unlock" state={phoneCode} codeProblem={codeProblem ?? server} />
        {unlock.isError && !server ? <ErrorMessage error={unlock.error} /> : null}
        {phoneCode.send.isSuccess ? (
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={unlock.isPending}>
              {t('account.phoneProof.unlockSubmit')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}

/**
 * 请求复查 from the tracking page (R-P10, issue 10): a petitioner without an account gives a
 * reason and proves, with a code to the phone on the petition, that they are its petitioner.
 */
export function ReviewByPhoneSection({
  petition,
  onRequested,
}: {
  petition: TrackedPetition;
  onRequested: (petition: TrackedPetition) => void;
}) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const phoneCode = usePhoneCode();
  const [reason, setReason] = useState('');
  const [codeProblem, setCodeProblem] = useState<string | undefined>();
  const request = useMutation({
    mutationFn: (input: { trackingCode: string; phone: string; code: string; reason: string }) =>
      execute(RequestReviewByPhoneDocument, { input }).then((d) => d.requestReviewByPhone),
    onSuccess: onRequested,
  });
  const again = petition.status === 'REVIEWED';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = provenPhone(phoneCode, 'review', t('account.codeRequired'), t('account.phoneRequired'));
    setCodeProblem(checked.codeProblem);
    if (checked.phone)
      request.mutate({
        trackingCode: petition.trackingCode,
        phone: checked.phone,
        code: phoneCode.code.trim(),
        reason: reason.trim(),
      });
  };
  const server = (field: string) => serverProblem(request.error, field, language);
  return (
    <section className="card" aria-labelledby="review-by-phone">
      <h3 id="review-by-phone">{t(again ? 'answer.reReviewTitle' : 'answer.reviewTitle')}</h3>
      <p>{t(again ? 'answer.reReviewIntro' : 'answer.reviewIntro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ReviewReasonField value={reason} onChange={setReason} error={server('reason')} />
        <p>{t('account.phoneProof.reviewPhoneIntro')}</p>
        <PhoneCodeFields idPrefix="review" state={phoneCode} codeProblem={codeProblem ?? server('code')} />
        {request.isError && !server('reason') && !server('code') ? <ErrorMessage error={request.error} /> : null}
        {phoneCode.send.isSuccess ? (
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? t('answer.sending') : t(again ? 'answer.submitReReview' : 'answer.submitReview')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
