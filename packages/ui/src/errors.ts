import { ApiErrorCode, isApiError, type ApiError, type LocalizedMessage } from '@tjxf/graphql-client';
import type { Language, TFunction } from '@tjxf/i18n';
import { isShownReason, shownReasonWords } from '@tjxf/i18n/reasons/shown';

export interface DescribeErrorOptions {
  /** The label of an input field the server named (BAD_USER_INPUT), in the current language. */
  fieldLabel?: (field: string) => string | undefined;
  /**
   * The current language: when given, a refusal the server explained in both languages
   * (e.g. "请填写标题。Enter the title.") is shown in its own words, which say what to fix.
   */
  language?: Language;
}

// the server's words are for the user only where the user can act on them
const OWN_WORDS = new Set<ApiErrorCode>([
  ApiErrorCode.BAD_USER_INPUT,
  ApiErrorCode.NOT_FOUND,
  ApiErrorCode.RATE_LIMITED,
  ApiErrorCode.CONFLICT,
  ApiErrorCode.FORBIDDEN,
]);

/**
 * Why the server refused, in both languages: the text of its reason (`extensions.reason`,
 * through the catalogue shared with the servers; the statistics' are not in the portals' copy),
 * else the `localized` texts it sent, else null. The message itself is never parsed.
 */
export function refusalWords(error: ApiError): LocalizedMessage | null {
  const { reason, reasonParams, localized } = error.details;
  if (isShownReason(reason)) return shownReasonWords(reason, reasonParams);
  return localized ?? null;
}

/**
 * The server's own explanation of a refusal in the given language ({@link refusalWords}), or
 * null when it gave none fit to show (the caller then says what the code means).
 */
export function serverMessage(error: ApiError, language: Language): string | null {
  if (!OWN_WORDS.has(error.code)) return null;
  return refusalWords(error)?.[language] ?? null;
}

/**
 * The one mapping from a failure to what the user reads: in the current language, and
 * always saying what to do next. Anything that is not an ApiError is a bug on our side.
 */
export function describeError(error: unknown, t: TFunction, options: DescribeErrorOptions = {}): string {
  if (!isApiError(error)) return t('errors.INTERNAL_SERVER_ERROR');
  const own = options.language ? serverMessage(error, options.language) : null;
  switch (error.code) {
    case ApiErrorCode.RATE_LIMITED: {
      const seconds = error.details.retryAfterSeconds;
      if (!seconds || seconds <= 0) return own ?? t('errors.RATE_LIMITED');
      return seconds < 120
        ? t('errors.RATE_LIMITED_SECONDS', { seconds })
        : t('errors.RATE_LIMITED_MINUTES', { minutes: Math.ceil(seconds / 60) });
    }
    case ApiErrorCode.SERVICE_UNAVAILABLE: {
      const seconds = error.details.retryAfterSeconds;
      return seconds && seconds > 0
        ? t('errors.SERVICE_UNAVAILABLE_SECONDS', { seconds })
        : t('errors.SERVICE_UNAVAILABLE');
    }
    case ApiErrorCode.BAD_USER_INPUT: {
      const { field } = error.details;
      const label = field ? (options.fieldLabel?.(field) ?? field) : undefined;
      if (own) return label ? t('errors.BAD_USER_INPUT_NAMED', { field: label, message: own }) : own;
      if (!label) return t('errors.BAD_USER_INPUT');
      return t('errors.BAD_USER_INPUT_FIELD', { field: label });
    }
    case ApiErrorCode.NOT_FOUND:
    case ApiErrorCode.FORBIDDEN:
    case ApiErrorCode.CONFLICT:
      return own ?? t(`errors.${error.code}`);
    case ApiErrorCode.UNAUTHENTICATED:
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
