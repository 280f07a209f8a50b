import { useLanguage, useTranslation } from '@tjxf/i18n';
import type { ReactNode } from 'react';
import { describeError, type DescribeErrorOptions } from '../errors.js';

/** A polite live region while something loads. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {label ?? t('shell.loading')}
    </p>
  );
}

export interface ErrorMessageProps extends DescribeErrorOptions {
  error: unknown;
  /** Offers a retry button when given. */
  onRetry?: () => void;
  children?: ReactNode;
}

/** An error in the current language, saying what to do, announced at once (role=alert). */
export function ErrorMessage({ error, onRetry, children, ...options }: ErrorMessageProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, t, { language, ...options })}</p>
      {children}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('shell.retry')}
        </button>
      ) : null}
    </div>
  );
}
