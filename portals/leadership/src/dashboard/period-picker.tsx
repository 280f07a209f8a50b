import { useTranslation } from '@tjxf/i18n';
import { useState, type FormEvent } from 'react';
import { isValidRange, PERIOD_PRESETS, periodRange, type Period } from './period';

/** 本周/本月/本季度/本年, or any from–to (inclusive Beijing dates). */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation('leadership');
  const range = periodRange(period);
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = isValidRange(from, to);
    setInvalid(!ok);
    if (ok) onChange({ from, to });
  };
  return (
    <form className="period-picker" onSubmit={submit}>
      <fieldset className="choices">
        <legend>{t('period.legend')}</legend>
        <div className="period-presets">
          {PERIOD_PRESETS.map((preset) => {
            const current = 'preset' in period && period.preset === preset;
            return (
              <button
                key={preset}
                type="button"
                className="button button-secondary"
                aria-pressed={current}
                onClick={() => {
                  const next = periodRange({ preset });
                  setFrom(next.from);
                  setTo(next.to);
                  setInvalid(false);
                  onChange({ preset });
                }}
              >
                {t(`period.presets.${preset}`)}
              </button>
            );
          })}
        </div>
        <div className="period-range">
          <label>
            {t('period.from')}
            <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} aria-invalid={invalid} />
          </label>
          <label>
            {t('period.to')}
            <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid} />
          </label>
          <button type="submit" className="button button-primary">
            {t('period.apply')}
          </button>
        </div>
        {invalid && (
          <p className="field-error" role="alert">
            {t('period.invalid')}
          </p>
        )}
      </fieldset>
    </form>
  );
}
