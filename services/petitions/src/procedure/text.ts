import { ErrorCode, refuse } from '@tjxf/domain';

/** A stable refusal reason (the catalogue of `@tjxf/i18n/reasons`). */
export type Reason = Parameters<typeof refuse>[1];

/** The longest text a step takes (a note, a reason, a report). */
export const TEXT_MAX = 5_000;

/** A text the caller may leave out: trimmed, null when empty, refused when too long. */
export function optionalText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > TEXT_MAX) throw refuse(ErrorCode.BAD_USER_INPUT, 'TEXT_TOO_LONG', { max: TEXT_MAX }, { field });
  return text || null;
}

/** A text the step needs: refused for `reason` when missing. */
export function requiredText(value: string | null | undefined, field: string, reason: Reason): string {
  const text = optionalText(value, field);
  if (!text) throw refuse(ErrorCode.BAD_USER_INPUT, reason, undefined, { field });
  return text;
}
