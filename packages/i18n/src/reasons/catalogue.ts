import type { Language } from '../languages.js';

/**
 * The text of one refusal reason in both languages. `{{name}}` marks a value the server
 * sends in `extensions.reasonParams` (a date already in words, a number of days).
 */
export type ReasonText = Readonly<Record<Language, string>>;

/** A part of the catalogue: one file per area, each owned by the code that refuses. */
export type ReasonCatalogue = Readonly<Record<string, ReasonText>>;

export type ReasonParams = Readonly<Record<string, string | number>>;

/** Fills `{{name}}` placeholders; an unknown placeholder stays as it is, so a gap is visible. */
export function fillReason(text: string, params: ReasonParams = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
