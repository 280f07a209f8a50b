/**
 * The catalogue of refusal reasons (`extensions.reason`), shared by the servers, which
 * write their messages from it, and the portals, which show the user's language from it
 * instead of parsing the message. Free of React: servers import `@tjxf/i18n/reasons`.
 */
import type { Language } from '../languages.js';
import { fillReason, type ReasonParams, type ReasonText } from './catalogue.js';
import { SHOWN_REASONS, wordsOf } from './shown.js';
import { statisticsReasons } from './statistics.js';

export const REASONS = {
  ...SHOWN_REASONS,
  ...statisticsReasons,
} as const satisfies Record<string, ReasonText>;
export type Reason = keyof typeof REASONS;
export type { ReasonParams, ReasonText, ReasonCatalogue } from './catalogue.js';

export const isReason = (value: unknown): value is Reason => typeof value === 'string' && Object.hasOwn(REASONS, value);

/** The reason's text in one language, with its values filled in. */
export function reasonText(reason: Reason, language: Language, params?: ReasonParams): string {
  return fillReason(REASONS[reason][language], params);
}

/** "中文。English." — the form of every server message, for clients that read only `message`. */
export function reasonMessage(reason: Reason, params?: ReasonParams): string {
  return `${reasonText(reason, 'zh-CN', params)}${reasonText(reason, 'en', params)}`;
}

/** The reason's text in every language: `extensions.localized` of a refusal. */
export function localizedReason(reason: Reason, params?: ReasonParams): Record<Language, string> {
  return wordsOf(REASONS[reason], params);
}
