import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import type { Language } from '@tjxf/i18n';
import { serverMessage } from '@tjxf/ui';

/**
 * The input a refusal is about, as the forms name their fields: the server says `input.facts`
 * or `reason` (extensions.field); the forms say `facts` and `reason`.
 */
export function refusedField(error: unknown): string | null {
  if (!isApiError(error) || error.code !== ApiErrorCode.BAD_USER_INPUT || !error.details.field) return null;
  return error.details.field.replace(/^input\./, '').replace(/\[\d+\]$/, '');
}

/** The server's words for the field `name` of a form, in the user's language, when the refusal is about it. */
export function fieldProblem(error: unknown, name: string, language: Language): string | undefined {
  if (!isApiError(error) || refusedField(error) !== name) return undefined;
  return serverMessage(error, language) ?? undefined;
}

/** Whether a refusal belongs next to one of the form's fields rather than above the form. */
export const isFieldProblem = (error: unknown, fields: readonly string[]): boolean => {
  const field = refusedField(error);
  return field !== null && fields.includes(field);
};

/** Someone else changed the petition meanwhile (a stale `expectedVersion`). */
export const isConflict = (error: unknown): boolean => isApiError(error) && error.code === ApiErrorCode.CONFLICT;
