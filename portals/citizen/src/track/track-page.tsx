import { useMutation } from '@tanstack/react-query';
import { ApiErrorCode, TrackPetitionDocument, execute, isApiError, type TrackedPetition } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Page } from '@tjxf/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { PhoneUnlockSection, type ProvenPetition } from '../account/phone-proof';
import { compactTrackingCode, formatTrackingCode } from '../receipt/tracking-code';
import { TrackResult } from './track-result';
import { TrackingCodeFields, trackingFieldProblems, type TrackingField } from './tracking-code-fields';
import './track.css';

/**
 * Following a petition without an account (R-ON1): tracking code and the last 4 digits of
 * the phone given. A wrong pair answers like an unknown code; too many tries are paused.
 */
export function TrackPage() {
  const { t } = useTranslation('citizen');
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => formatTrackingCode(params.get('code') ?? ''));
  const [last4, setLast4] = useState('');
  const [problems, setProblems] = useState<Partial<Record<TrackingField, string>>>({});
  const lookup = useMutation({
    mutationFn: (variables: { trackingCode: string; phoneLast4: string }): Promise<TrackedPetition | null> =>
      execute(TrackPetitionDocument, variables).then((data) => data.trackPetition),
  });
  // after a rating the same look-up again, the result kept on screen meanwhile
  const [refreshed, setRefreshed] = useState<TrackedPetition | null>(null);
  const refresh = (variables: { trackingCode: string; phoneLast4: string }) =>
    execute(TrackPetitionDocument, variables).then((data) => setRefreshed(data.trackPetition));
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // proven by a code to the phone on it (a paused tracking code), or after a review asked for here
  const [proven, setProven] = useState<ProvenPetition | null>(null);
  const [notice, setNotice] = useState('');
  const paused = lookup.isError && isApiError(lookup.error) && lookup.error.code === ApiErrorCode.RATE_LIMITED;
  const shown: ProvenPetition | null =
    proven ??
    (lookup.data && lookup.variables
      ? {
          petition: refreshed?.trackingCode === lookup.data.trackingCode ? refreshed : lookup.data,
          evaluator: lookup.variables,
        }
      : null);
  const focusResult = () => requestAnimationFrame(() => resultHeading.current?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = trackingFieldProblems(code, last4, t);
    setProblems(found);
    const first = (['code', 'last4'] as const).find((f) => found[f]);
    if (first) {
      lookup.reset();
      document.getElementById(`track-${first}`)?.focus();
      return;
    }
    setRefreshed(null);
    setProven(null);
    setNotice('');
    lookup.mutate(
      { trackingCode: compactTrackingCode(code), phoneLast4: last4.trim() },
      { onSuccess: () => requestAnimationFrame(() => resultHeading.current?.focus()) },
    );
  };

  return (
    <Page title={t('track.title')}>
      <p>{t('track.intro')}</p>
      <form className="form track-form" noValidate onSubmit={onSubmit}>
        <TrackingCodeFields
          idPrefix="track"
          code={code}
          setCode={setCode}
          last4={last4}
          setLast4={setLast4}
          problems={problems}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={lookup.isPending}>
            {lookup.isPending ? t('track.searching') : t('track.submit')}
          </button>
        </div>
      </form>
      {lookup.isError && !proven ? <ErrorMessage error={lookup.error} /> : null}
      {paused && !proven && lookup.variables ? (
        <PhoneUnlockSection
          trackingCode={lookup.variables.trackingCode}
          onFound={(found) => {
            setProven(found);
            focusResult();
          }}
        />
      ) : null}
      <p role="status">{notice}</p>
      {shown ? (
        <TrackResult
          petition={shown.petition}
          headingRef={resultHeading}
          evaluator={shown.evaluator}
          onChanged={() => (proven ? undefined : refresh(shown.evaluator))}
          onReviewRequested={(petition) => {
            setProven({ petition, evaluator: shown.evaluator });
            setNotice(t('account.phoneProof.reviewDone'));
            focusResult();
          }}
        />
      ) : null}
    </Page>
  );
}
