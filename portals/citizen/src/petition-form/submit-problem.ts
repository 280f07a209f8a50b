import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import { refusalWords } from '@tjxf/ui';
import type { Problem } from './problems';

/**
 * A refusal of the submission that names a field the form shows, as a problem on that field
 * in the server's words (both languages); null for anything else (shown as a general error).
 */
export function submitProblem<F extends string>(
  error: unknown,
  fieldOf: (serverField: string | undefined) => F | null,
): Problem<F> | null {
  if (!isApiError(error) || error.code !== ApiErrorCode.BAD_USER_INPUT) return null;
  const field = fieldOf(error.details.field);
  if (!field) return null;
  const server = refusalWords(error);
  return server ? { field, message: { server } } : { field, message: { key: fallbackKey(field) } };
}

/** What to fix in a field the server refused without saying why (an older server, a proxy). */
function fallbackKey(field: string): string {
  if (/phone$/i.test(field)) return 'problems.phoneInvalid';
  if (/idNumber$/.test(field)) return 'problems.idNumberInvalid';
  return 'problems.invalid';
}
