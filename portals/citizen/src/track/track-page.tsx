import { useMutation } from '@tanstack/react-query';
import { TrackPetitionDocument, execute, type TrackedPetition } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Page } from '@tjxf/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../components/fields';
import { compactTrackingCode, formatTrackingCode, trackingCodeProblem } from '../receipt/tracking-code';
import { TrackResult } from './track-result';
import './track.css';

type Field = 'code' | 'last4';

/**
 * Following a petition without an account (R-ON1): tracking code and the last 4 digits of
 * the phone given. A wrong pair answers like an unknown code; too many tries are paused.
 */
export function TrackPage() {
  const { t } = useTranslation('citizen');
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => formatTrackingCode(params.get('code') ?? ''));
  const [last4, setLast4] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const lookup = useMutation({
    mutationFn: (variables: { trackingCode: string; phoneLast4: string }): Promise<TrackedPetition | null> =>
      execute(TrackPetitionDocument, variables).then((data) => data.trackPetition),
  });
  // after a rating the same look-up again, the result kept on screen meanwhile
  const [refreshed, setRefreshed] = useState<TrackedPetition | null>(null);
  const refresh = (variables: { trackingCode: string; phoneLast4: string }) =>
    execute(TrackPetitionDocument, variables).then((data) => setRefreshed(data.trackPetition));
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const codeProblem = trackingCodeProblem(code);
    if (codeProblem) found.code = t(`track.problem.${codeProblem}`);
    if (!/^\d{4}$/.test(last4.trim())) found.last4 = t('track.problem.last4');
    setProblems(found);
    const first = (['code', 'last4'] as const).find((f) => found[f]);
    if (first) {
      lookup.reset();
      document.getElementById(`track-${first}`)?.focus();
      return;
    }
    setRefreshed(null);
    lookup.mutate(
      { trackingCode: compactTrackingCode(code), phoneLast4: last4.trim() },
      { onSuccess: () => requestAnimationFrame(() => resultHeading.current?.focus()) },
    );
  };

  return (
    <Page title={t('track.title')}>
      <p>{t('track.intro')}</p>
      <form className="form track-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="track-code"
          label={t('track.code')}
          hint={t('track.codeHint')}
          value={code}
          onChange={setCode}
          onBlur={() => setCode((c) => formatTrackingCode(c))}
          autoCapitalize="characters"
          autoComplete="off"
          error={problems.code}
        />
        <TextField
          id="track-last4"
          label={t('track.last4')}
          hint={t('track.last4Hint')}
          inputMode="numeric"
          autoComplete="off"
          value={last4}
          onChange={(v) => setLast4(v.replace(/\D/g, '').slice(0, 4))}
          error={problems.last4}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={lookup.isPending}>
            {lookup.isPending ? t('track.searching') : t('track.submit')}
          </button>
        </div>
      </form>
      {lookup.isError ? <ErrorMessage error={lookup.error} /> : null}
      {lookup.data && lookup.variables ? (
        <TrackResult
          petition={refreshed?.trackingCode === lookup.data.trackingCode ? refreshed : lookup.data}
          headingRef={resultHeading}
          evaluator={lookup.variables}
          onChanged={() => refresh(lookup.variables!)}
        />
      ) : null}
    </Page>
  );
}
