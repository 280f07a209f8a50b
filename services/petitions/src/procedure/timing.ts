import { PetitionStatus } from '@tjxf/domain';
import { DeadlineKind, type Deadline } from '../deadline/deadline.entity.js';
import type { Petition } from '../petition/petition.entity.js';
import { PetitionAction } from './state-machine.js';
import type { Reason } from './text.js';

/** What the clocks and the record say about a petition: what the timing rules read. */
export interface StepFacts {
  /** Its running deadlines (neither met nor closed). */
  open: Pick<Deadline, 'kind' | 'dueAt' | 'days' | 'extensionDays' | 'pausedAt' | 'unitId'>[];
  evaluations: number;
  /** Objections by units that were not competent (only counted while REGISTERED). */
  objections: number;
  /** A hand-off to mediation or a legal channel awaits its outcome (R-MED). */
  handOffOpen?: boolean;
}

/** Why the clock refuses a step now: a stable reason and the values its text needs. */
export interface TimingRefusal {
  reason: Reason;
  params?: Record<string, string | number>;
}

const refusal = (reason: Reason, params?: TimingRefusal['params']): TimingRefusal =>
  params ? { reason, params } : { reason };

/**
 * The timing rules of the procedure (R-P7, R-P8, R-P10, R-P13), a pure function of the
 * petition, its clocks and `now`: a window that has closed, a dispute already referred, an
 * extension already granted, a hearing already under way. Null when the clock allows the step.
 */
export function timingRefusal(
  petition: Pick<Petition, 'status' | 'mediated'>,
  action: PetitionAction,
  facts: StepFacts,
  now: Date,
): TimingRefusal | null {
  const openOf = (kind: DeadlineKind) => facts.open.find((d) => d.kind === kind);
  const deciding = openOf(DeadlineKind.COMPETENCE_DECISION);
  switch (action) {
    case PetitionAction.FORWARD:
    case PetitionAction.ASSIGN:
    case PetitionAction.REDIRECT:
      return deciding ? refusal('COMPETENCE_BEING_DECIDED') : null;
    case PetitionAction.REFER_COMPETENCE:
      if (deciding) return refusal('COMPETENCE_ALREADY_REFERRED');
      return facts.objections > 0 ? null : refusal('COMPETENCE_NOT_DISPUTED');
    case PetitionAction.DECIDE_COMPETENCE:
      return deciding ? null : refusal('NO_COMPETENCE_DISPUTE_PENDING');
    case PetitionAction.OBJECT: {
      const window = openOf(DeadlineKind.OBJECTION);
      if (!window) return refusal('OBJECTION_AFTER_COMPETENCE_DECIDED');
      return window.dueAt.getTime() >= now.getTime() ? null : refusal('OBJECTION_WINDOW_PASSED', { days: window.days });
    }
    case PetitionAction.EXTEND: {
      const handling = openOf(DeadlineKind.HANDLING);
      if (!handling) return refusal('NO_HANDLING_TO_EXTEND');
      return handling.extensionDays > 0 ? refusal('EXTENSION_ALREADY_GRANTED') : null;
    }
    case PetitionAction.REQUEST_REVIEW: {
      if (petition.mediated) return refusal('NO_REVIEW_AFTER_MEDIATION');
      const window = openOf(
        petition.status === PetitionStatus.REVIEWED ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST,
      );
      if (!window) return refusal('REVIEW_WINDOW_CLOSED');
      return window.dueAt.getTime() >= now.getTime() ? null : refusal('REVIEW_WINDOW_PASSED', { days: window.days });
    }
    case PetitionAction.HOLD_HEARING:
    case PetitionAction.END_HEARING: {
      const kind = petition.status === PetitionStatus.IN_RE_REVIEW ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW;
      const clock = openOf(kind);
      if (!clock) return refusal('NO_REVIEW_CLOCK');
      if (action === PetitionAction.HOLD_HEARING && clock.pausedAt) return refusal('HEARING_ALREADY_UNDER_WAY');
      if (action === PetitionAction.END_HEARING && !clock.pausedAt) return refusal('NO_HEARING_UNDER_WAY');
      return null;
    }
    // the reply waits for what the mediator, court or tribunal decides (R-MED)
    case PetitionAction.REPLY:
    case PetitionAction.HAND_OFF:
      return facts.handOffOpen ? refusal('HAND_OFF_PENDING') : null;
    case PetitionAction.RECORD_HAND_OFF_OUTCOME:
      return facts.handOffOpen ? null : refusal('NO_HAND_OFF_PENDING');
    case PetitionAction.EVALUATE:
      return facts.evaluations >= 2 ? refusal('ALREADY_RATED') : null;
    default:
      return null;
  }
}
