import { DeadlineKind } from '../deadline/deadline.entity.js';

/** What the petitioner is shown of one kind of history entry. */
export const Shown = {
  /** The step and its note: the note is written to the petitioner (a reason, a notice). */
  WITH_NOTE: 'WITH_NOTE',
  /** The step only: its note is between the offices and the units (an instruction, 交办意见). */
  STEP_ONLY: 'STEP_ONLY',
} as const;
export type Shown = (typeof Shown)[keyof typeof Shown];

/**
 * The history a petitioner may see (R-ON1, issue 10), decided per kind of entry: an allow-list,
 * so that a new kind of entry stays with the staff until it is added here. An entry also needs
 * its own `visibleToPetitioner` (the step may decide per entry, e.g. a recount of a unit's clock).
 * Not listed, hence never shown: objections, repeats, recusals, tasks, reminders, overdue
 * clocks and the supervision trail.
 */
const PETITIONER_HISTORY: Readonly<Record<string, Shown>> = {
  SUBMITTED_ONLINE: Shown.WITH_NOTE,
  REGISTERED: Shown.WITH_NOTE,
  // the petitioner linked it to their account (issue 10)
  LINKED_TO_ACCOUNT: Shown.WITH_NOTE,
  REDIRECTED: Shown.WITH_NOTE,
  // the petition office's instruction to the unit (交办意见) stays with the units
  FORWARDED: Shown.STEP_ONLY,
  ASSIGNED: Shown.STEP_ONLY,
  COMPETENCE_REFERRED: Shown.WITH_NOTE,
  COMPETENCE_DECIDED: Shown.STEP_ONLY,
  ACCEPTED: Shown.WITH_NOTE,
  DECLINED: Shown.WITH_NOTE,
  EXTENDED: Shown.WITH_NOTE,
  REPLIED: Shown.WITH_NOTE,
  EVALUATED: Shown.WITH_NOTE,
  REVIEW_REQUESTED: Shown.WITH_NOTE,
  REVIEW_DECIDED: Shown.WITH_NOTE,
  HEARING_STARTED: Shown.STEP_ONLY,
  HEARING_ENDED: Shown.STEP_ONLY,
  CONCLUDED: Shown.WITH_NOTE,
  DEADLINE_RECOUNTED: Shown.WITH_NOTE,
};

/** An entry as the petitioner is shown it (the note left out where it is not theirs), or null. */
export function forPetitioner<E extends { action: string; note: string | null; visibleToPetitioner: boolean }>(
  entry: E,
): E | null {
  const shown = PETITIONER_HISTORY[entry.action];
  if (!shown || !entry.visibleToPetitioner) return null;
  return shown === Shown.WITH_NOTE ? entry : { ...entry, note: null };
}

/** The clocks that are between the offices and the units: a unit's window to object. */
const STAFF_CLOCKS: readonly DeadlineKind[] = [DeadlineKind.OBJECTION];

/** Whether the petitioner is shown a time limit of this kind. */
export const petitionerSeesClock = (kind: DeadlineKind): boolean => !STAFF_CLOCKS.includes(kind);
