/** A UTF-16 half of a pair standing alone: no character, and PostgreSQL refuses to store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a text can be stored and shown as it is: no NUL (PostgreSQL's text cannot hold one)
 * and no unpaired surrogate (not a character at all). The gateway refuses any other text.
 */
export const isStorableText = (text: string): boolean => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): in a name they make
 * `gpj.exe` read as `exe.jpg` or hide who someone is ("Trojan Source", CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** Characters that take no space: a name made only of these (and spaces) shows as nothing. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u180e\u3164\u115f\u1160\uffa0]/gu;

/** Whether a name (of a person or a file) can be shown without deceiving whoever reads it. */
export function nameProblem(name: string): 'bidi-control' | 'invisible' | null {
  if (BIDI_CONTROL.test(name)) return 'bidi-control';
  if (name.length > 0 && name.replace(INVISIBLE, '').length === 0) return 'invisible';
  return null;
}

/** The refusal reason of each {@link nameProblem} (`@tjxf/i18n/reasons`). */
export const NAME_PROBLEM_REASONS = {
  'bidi-control': 'NAME_HAS_BIDI_CONTROL',
  invisible: 'NAME_INVISIBLE',
} as const;

