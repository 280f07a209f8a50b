import { useTranslation, type TFunction } from '@tjxf/i18n';
import { TextField } from '../components/fields';
import { formatTrackingCode, trackingCodeProblem } from '../receipt/tracking-code';

export type TrackingField = 'code' | 'last4';

/** What is wrong with a typed tracking code and phone ending, in the page's language. */
export function trackingFieldProblems(code: string, last4: string, t: TFunction<'citizen'>) {
  const found: Partial<Record<TrackingField, string>> = {};
  const codeProblem = trackingCodeProblem(code);
  if (codeProblem) found.code = t(`track.problem.${codeProblem}`);
  if (!/^\d{4}$/.test(last4.trim())) found.last4 = t('track.problem.last4');
  return found;
}

/** The tracking code and the last 4 digits of the phone given: what opens a petition without an account. */
export function TrackingCodeFields({
  idPrefix,
  code,
  setCode,
  last4,
  setLast4,
  problems,
}: {
  idPrefix: string;
  code: string;
  setCode: (value: string | ((previous: string) => string)) => void;
  last4: string;
  setLast4: (value: string) => void;
  problems: Partial<Record<TrackingField, string>>;
}) {
  const { t } = useTranslation('citizen');
  return (
    <>
      <TextField
        id={`${idPrefix}-code`}
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
        id={`${idPrefix}-last4`}
        label={t('track.last4')}
        hint={t('track.last4Hint')}
        inputMode="numeric"
        autoComplete="off"
        value={last4}
        onChange={(v) => setLast4(v.replace(/\D/g, '').slice(0, 4))}
        error={problems.last4}
      />
    </>
  );
}
