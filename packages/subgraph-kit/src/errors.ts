import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '@tjxf/domain';
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
 * field, known GraphQL errors pass, and anything unexpected is logged and masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const localized = splitBilingual(original.message);
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...original.details, ...(localized ? { localized } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    const localized = splitBilingual(formatted.message);
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
 * Our messages read "中文。English." so that any client shows something useful; portals get
 * the two halves apart in `extensions.localized` and show the user's language.
 */
export function splitBilingual(message: string): { 'zh-CN': string; en: string } | null {
  const match = /^(.*?\p{Script=Han}.*?[。！？])\s*([A-Z][^\p{Script=Han}]*)$/su.exec(message);
  return match ? { 'zh-CN': match[1]!.trim(), en: match[2]!.trim() } : null;
}
