import { useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { formatTrackingCode, spellTrackingCode } from './tracking-code';

/** The tracking code, big and grouped, with a copy button whose result is announced. */
export function TrackingCodeDisplay({ code }: { code: string }) {
  const { t } = useTranslation('citizen');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const formatted = formatTrackingCode(code);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatted);
      setCopied('yes');
    } catch {
      setCopied('no'); // no clipboard (old browser, permission): the code is on screen to write down
    }
  };
  return (
    <div className="tracking-code-box">
      <p className="tracking-code-label" id="tracking-code-label">
        {t('receipt.codeLabel')}
      </p>
      <p className="tracking-code" aria-describedby="tracking-code-label">
        <span aria-hidden="true" data-testid="tracking-code">
          {formatted}
        </span>
        <span className="visually-hidden">{spellTrackingCode(formatted)}</span>
      </p>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('receipt.copy')}
        </button>{' '}
        <span role="status" className="copy-status">
          {copied === 'yes' ? t('receipt.copied') : copied === 'no' ? t('receipt.copyFailed') : ''}
        </span>
      </p>
    </div>
  );
}
