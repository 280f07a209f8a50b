import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import type { Language } from '@tjxf/i18n';
import { serverMessage } from '@tjxf/ui';

/**
 * The server's words about one field (BAD_USER_INPUT naming `field`, `input.` or not), in
 * the user's language; undefined when the refusal is about something else.
 */
export function serverProblem(error: unknown, field: string, language: Language): string | undefined {
  if (!isApiError(error) || error.code !== ApiErrorCode.BAD_USER_INPUT) return undefined;
  if (error.details.field?.replace(/^input\./, '') !== field) return undefined;
  return serverMessage(error, language) ?? undefined;
}
