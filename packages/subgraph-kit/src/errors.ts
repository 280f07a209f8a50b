import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isWriteRace } from '@tjxf/db-kit';
import { DomainError, ErrorCode, refuse, serviceUnavailable } from '@tjxf/domain';
import { isReason, localizedReason, type ReasonParams } from '@tjxf/i18n/reasons';
import type { GraphQLFormattedError } from 'graphql';

/** Codes that may reach a client as they are; anything else is masked. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one mapper from errors to what the client sees: domain errors keep their code and
 * field, known GraphQL errors pass, the database being away is `SERVICE_UNAVAILABLE` of
 * `service` (retryable; whether a write was done is unknown), a write that lost a race with
 * another is `CONFLICT` (reload and decide again), and anything unexpected is logged and masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
  service = 'database',
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const refusal = isDatabaseUnavailable(original)
    ? serviceUnavailable(service, 'UNKNOWN')
    : isWriteRace(original)
      ? refuse(ErrorCode.CONFLICT, 'CHANGED_MEANWHILE')
      : original;
  if (refusal instanceof DomainError)
    return { ...refusalBody(refusal), ...(formatted.path ? { path: formatted.path } : {}) };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    const { reason, reasonParams } = extensions as { reason?: unknown; reasonParams?: ReasonParams };
    const localized = isReason(reason) ? localizedReason(reason, reasonParams) : splitBilingual(formatted.message);
    return { ...formatted, extensions: { ...extensions, ...(localized ? { localized } : {}) } };
  }
  report(original);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * A refusal as the client sees it: the message, `extensions.code`, the details (`field`,
 * `retryAfterSeconds`, `reason`, `reasonParams`) and `localized`, the reason's text in each
 * language. Refusals not yet given a reason fall back to splitting their message.
 */
export function refusalBody(error: DomainError): GraphQLFormattedError {
  const { reason, reasonParams } = error.details;
  const localized = isReason(reason) ? localizedReason(reason, reasonParams) : splitBilingual(error.message);
  return {
    message: error.message,
    extensions: { code: error.code, ...error.details, ...(localized ? { localized } : {}) },
  };
}

/**
 * Our messages read "中文。English." so that any client shows something useful; portals get
 * the two halves apart in `extensions.localized` and show the user's language.
 */
export function splitBilingual(message: string): { 'zh-CN': string; en: string } | null {
  const match = /^(.*?\p{Script=Han}.*?[。！？])\s*([A-Z][^\p{Script=Han}]*)$/su.exec(message);
  return match ? { 'zh-CN': match[1]!.trim(), en: match[2]!.trim() } : null;
}
