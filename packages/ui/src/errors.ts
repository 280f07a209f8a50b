import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import type { TFunction } from '@tjxf/i18n';

export interface DescribeErrorOptions {
  /** The label of an input field the server named (BAD_USER_INPUT), in the current language. */
  fieldLabel?: (field: string) => string | undefined;
}

/**
 * The one mapping from a failure to what the user reads: in the current language, and
 * always saying what to do next. Anything that is not an ApiError is a bug on our side.
 */
export function describeError(error: unknown, t: TFunction, options: DescribeErrorOptions = {}): string {
  if (!isApiError(error)) return t('errors.INTERNAL_SERVER_ERROR');
  switch (error.code) {
    case ApiErrorCode.RATE_LIMITED: {
      const seconds = error.details.retryAfterSeconds;
      if (!seconds || seconds <= 0) return t('errors.RATE_LIMITED');
      return seconds < 120
        ? t('errors.RATE_LIMITED_SECONDS', { seconds })
        : t('errors.RATE_LIMITED_MINUTES', { minutes: Math.ceil(seconds / 60) });
    }
    case ApiErrorCode.BAD_USER_INPUT: {
      const { field } = error.details;
      if (!field) return t('errors.BAD_USER_INPUT');
      return t('errors.BAD_USER_INPUT_FIELD', { field: options.fieldLabel?.(field) ?? field });
    }
    case ApiErrorCode.UNAUTHENTICATED:
    case ApiErrorCode.FORBIDDEN:
    case ApiErrorCode.NOT_FOUND:
    case ApiErrorCode.CONFLICT:
    case ApiErrorCode.BAD_REQUEST:
    case ApiErrorCode.NETWORK_ERROR:
    case ApiErrorCode.INTERNAL_SERVER_ERROR:
      return t(`errors.${error.code}`);
    default: {
      const unhandled: never = error.code;
      return unhandled;
    }
  }
}
