/**
 * The reasons the portals word themselves, from their own copy of the catalogue: all but the
 * statistics' (issue 12). Those reach only the leadership dashboard, which shows the words the
 * server sends with every refusal (`extensions.localized`), so that they stay off the other
 * portals' first page (docs/performance.md, the 150 KB budget).
 */
import type { Language } from '../languages.js';
import { administrationReasons } from './administration.js';
import { calendarReasons } from './calendar.js';
import { fillReason, type ReasonParams, type ReasonText } from './catalogue.js';
import { citizenAccountReasons } from './citizen-accounts.js';
import { commonReasons } from './common.js';
import { frontDeskReasons } from './front-desk.js';
import { gatewayReasons } from './gateway.js';
import { identityReasons } from './identity.js';
import { petitionsReasons } from './petitions.js';
import { procedureReasons } from './procedure.js';

export const SHOWN_REASONS = {
  ...commonReasons,
  ...calendarReasons,
  ...gatewayReasons,
  ...identityReasons,
  ...petitionsReasons,
  ...procedureReasons,
  ...citizenAccountReasons,
  ...administrationReasons,
  ...frontDeskReasons,
} as const satisfies Record<string, ReasonText>;
export type ShownReason = keyof typeof SHOWN_REASONS;

export const isShownReason = (value: unknown): value is ShownReason =>
  typeof value === 'string' && Object.hasOwn(SHOWN_REASONS, value);

/** A reason's text in every language, from a catalogue. */
export const wordsOf = (text: ReasonText, params?: ReasonParams): Record<Language, string> => ({
  'zh-CN': fillReason(text['zh-CN'], params),
  en: fillReason(text.en, params),
});

/** A shown reason's text in every language. */
export const shownReasonWords = (reason: ShownReason, params?: ReasonParams) => wordsOf(SHOWN_REASONS[reason], params);
