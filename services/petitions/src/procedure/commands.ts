import type { HandOffOutcome, HandOffTo } from '../hand-off/hand-off.entity.js';
import type { EvaluationTarget, Rating, ReplyOutcome } from './procedure.entity.js';

export interface DisposeCommand {
  mode: 'FORWARD' | 'ASSIGN' | 'REDIRECT';
  unitId?: string | null;
  coHandlingUnitIds?: string[] | null;
  note?: string | null;
  /** For ASSIGN: when the completion report is due (default: the end of handling). */
  reportDueAt?: Date | null;
}

export interface AcceptCommand {
  note?: string | null;
  /** A clear, undisputed first-time matter: reply within the simplified limit (R-P9). */
  simplified?: boolean;
}

export interface ReplyCommand {
  outcome: ReplyOutcome;
  facts: string;
  reasons: string;
  legalBasis: string;
  /** A mediation agreement ends the matter; no review follows (R-P8, Art. 33). */
  mediated?: boolean | null;
}

export interface CompetenceDisputeCommand {
  /** The units in dispute besides those that objected. */
  unitIds: string[];
  reason: string;
}

export interface CompetenceDecisionCommand {
  unitId: string;
  note?: string | null;
}

export interface ExtendCommand {
  days: number;
  reason: string;
}

export interface EvaluateCommand {
  target: EvaluationTarget;
  rating: Rating;
  comment?: string | null;
}

/** The lead unit hands the matter to people's mediation or a legal channel (R-MED). */
export interface HandOffCommand {
  to: HandOffTo;
  /** The mediation committee, court or arbitration commission, as the petitioner's notice names it. */
  recipient: string;
  note?: string | null;
}

/** What came back from it. */
export interface HandOffOutcomeCommand {
  outcome: HandOffOutcome;
  summary: string;
}

/** What a petitioner without an account proves they are with. */
export interface TrackingCredentials {
  trackingCode: string;
  phoneLast4: string;
}

/** A step's reason, written by the one who takes it (decline, object, request review). */
export interface ReasonCommand {
  reason: string;
}

export interface NoteCommand {
  note?: string | null;
}

/** A hearing begins: its arrangements and who takes part (R-AGT, issue 11). */
export interface HearingCommand extends NoteCommand {
  participants?: string[] | null;
}

/** A hearing ends: its minutes (听证笔录). */
export interface EndHearingCommand extends NoteCommand {
  minutes?: string | null;
}

/** The command each action takes, keyed like the transition table. */
export interface StepCommands {
  FORWARD: DisposeCommand;
  ASSIGN: DisposeCommand;
  REDIRECT: DisposeCommand;
  ACCEPT: AcceptCommand;
  DECLINE: ReasonCommand;
  OBJECT: ReasonCommand;
  REFER_COMPETENCE: CompetenceDisputeCommand;
  DECIDE_COMPETENCE: CompetenceDecisionCommand;
  EXTEND: ExtendCommand;
  REPLY: ReplyCommand;
  EVALUATE: EvaluateCommand;
  REQUEST_REVIEW: ReasonCommand;
  DECIDE_REVIEW: ReplyCommand;
  HOLD_HEARING: HearingCommand;
  END_HEARING: EndHearingCommand;
  HAND_OFF: HandOffCommand;
  RECORD_HAND_OFF_OUTCOME: HandOffOutcomeCommand;
}
