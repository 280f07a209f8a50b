import { chinaDateInWords } from '@tjxf/calendar';
import type { DeadlineKind } from './deadline.entity.js';

/**
 * What the platform's own texts call each clock, in words (官方文书用语): the history, the
 * automatic supervision orders. Never the kind's code. Dates are Beijing dates in words.
 */
export const CLOCK_NAMES: Record<DeadlineKind, string> = {
  DISPOSAL: '转送、交办或告知期限',
  ACCEPTANCE: '告知是否受理期限',
  OBJECTION: '提出异议期限',
  COMPETENCE_DECISION: '决定受理机关期限',
  HANDLING: '办理答复期限',
  REVIEW_REQUEST: '申请复查期限',
  REVIEW: '复查答复期限',
  RE_REVIEW_REQUEST: '申请复核期限',
  RE_REVIEW: '复核答复期限',
};

/** The reminder a unit gets before its clock ends (staff history). */
export const clockEndingNote = (kind: DeadlineKind, dueAt: Date): string =>
  `${CLOCK_NAMES[kind]}将于${chinaDateInWords(dueAt)}届满。`;

/** A clock that ended unmet (staff history). */
export const clockMissedNote = (kind: DeadlineKind, dueAt: Date): string =>
  `${CLOCK_NAMES[kind]}已于${chinaDateInWords(dueAt)}届满。`;

/** What an automatic 催办 order says to the unit whose clock ended unmet. */
export const overdueOrderNote = (kind: DeadlineKind, dueAt: Date): string =>
  `${clockMissedNote(kind, dueAt)}请抓紧办理，并书面报告办理情况。`;
