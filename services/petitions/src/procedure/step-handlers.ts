import type { StepCommands } from './commands.js';
import type { PetitionAction } from './state-machine.js';
import type { StepHandler } from './step.js';
import { decideCompetence, dispose, object, referCompetence } from './steps/disposal.steps.js';
import { accept, decline, evaluate, extend, reply } from './steps/handling.steps.js';
import { handOff, recordHandOffOutcome } from './steps/hand-off.steps.js';
import { decideReview, endHearing, holdHearing, requestReview } from './steps/review.steps.js';

/**
 * What each action does besides moving the status, keyed like the transition table
 * (state-machine.ts): the pipeline (`ProcedureService.act`) checks scope, status, permission
 * and timing, runs the handler, then writes history and event in the same transaction.
 */
export const STEP_HANDLERS: { [A in PetitionAction]: StepHandler<StepCommands[A]> } = {
  FORWARD: dispose,
  ASSIGN: dispose,
  REDIRECT: dispose,
  ACCEPT: accept,
  DECLINE: decline,
  OBJECT: object,
  REFER_COMPETENCE: referCompetence,
  DECIDE_COMPETENCE: decideCompetence,
  EXTEND: extend,
  REPLY: reply,
  EVALUATE: evaluate,
  REQUEST_REVIEW: requestReview,
  DECIDE_REVIEW: decideReview,
  HOLD_HEARING: holdHearing,
  END_HEARING: endHearing,
  HAND_OFF: handOff,
  RECORD_HAND_OFF_OUTCOME: recordHandOffOutcome,
};
