import type { Bilingual, Language, TFunction } from '@tjxf/i18n';

/** A message of the form's own (a key of the `citizen` namespace with its values). */
export interface OwnMessage {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Something to fix in a field: found by the form itself, or named by the server (then in
 * both languages, so a switch of language switches it too).
 */
export interface Problem<F extends string = string> {
  field: F;
  message: OwnMessage | { server: Bilingual };
}

/** The problem's text in the current language. */
export function problemText(problem: Problem, t: TFunction<'citizen'>, language: Language): string {
  const { message } = problem;
  if ('server' in message) return message.server[language];
  return String(t(message.key as never, message.values as never));
}

/** The first problem of a field, if any. */
export const problemOf = <F extends string>(problems: readonly Problem<F>[], field: F): Problem<F> | undefined =>
  problems.find((p) => p.field === field);
