import { ErrorCode, PetitionStatus, refuse } from '@tjxf/domain';
import { rulesOf } from '../../deadline/clock.js';
import { DeadlineKind } from '../../deadline/deadline.entity.js';
import { isReportedOn } from '../../personal-data/disclosure.js';
import type { Petition } from '../../petition/petition.entity.js';
import type { DirectoryUnit } from '../../unit-directory/unit-directory.service.js';
import type { NoteCommand, ReasonCommand, ReplyCommand } from '../commands.js';
import { DocumentKind } from '../procedure.entity.js';
import type { Step, StepOutcome } from '../step.js';
import { optionalText, requiredText } from '../text.js';
import type { StepUnits } from '../units.js';
import { CONCLUSION_REMEDY, reReviewRemedy } from '../wording.js';
import { opinionOf } from './handling.steps.js';

/** The petitioner (or an officer for them) asks for review, or re-review after a review (R-P10). */
export async function requestReview(step: Step<ReasonCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, units } = step;
  const text = requiredText(command.reason, 'reason', 'REVIEW_REASON_REQUIRED');
  const reReview = petition.status === PetitionStatus.REVIEWED;
  await clocks.meet(petition, [reReview ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST], now);
  const handled = await units.require((reReview ? petition.reviewUnitId : petition.leadUnitId)!);
  const reviewerId = reReview ? handled.reReviewUnitId : handled.reviewUnitId;
  const reviewer = await passingOverReportedUnit(
    units,
    petition,
    reviewerId ? await units.require(reviewerId) : handled,
  );
  petition.reviewUnitId = reviewer.id;
  clocks.open(
    petition,
    reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW,
    reReview ? 'RE_REVIEW' : 'REVIEW',
    rulesOf(reviewer),
    'REVIEW_REQUESTED',
    now,
    reviewer.id,
  );
  return { note: text, unitId: reviewer.id, payload: { reReview } };
}

export async function decideReview(step: Step<ReplyCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, records, units } = step;
  const opinion = opinionOf(command);
  const reReview = petition.status === PetitionStatus.IN_RE_REVIEW;
  await clocks.meet(petition, [reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW], now);
  const reviewer = await units.require(petition.reviewUnitId!);
  const rules = rulesOf(reviewer);
  const kind = reReview ? DocumentKind.RE_REVIEW_DECISION : DocumentKind.REVIEW_DECISION;
  records.document(petition, kind, reviewer.id, now, {
    ...opinion,
    remedy: reReview ? CONCLUSION_REMEDY : reReviewRemedy(rules),
  });
  if (!reReview)
    clocks.open(petition, DeadlineKind.RE_REVIEW_REQUEST, 'RE_REVIEW_REQUEST', rules, 'REVIEW_DECIDED', now, null);
  return { note: null, unitId: reviewer.id, payload: { outcome: command.outcome, reReview } };
}

/** A hearing stops the review clock; its days are added when it ends (R-P10, R-T1). */
export async function holdHearing(step: Step<NoteCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks } = step;
  const note = optionalText(command.note, 'note');
  clocks.pause(await reviewClock(step), now);
  return { note, unitId: petition.reviewUnitId, visible: true };
}

export async function endHearing(step: Step<NoteCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks } = step;
  const note = optionalText(command.note, 'note');
  const paused = clocks.resume(await reviewClock(step), now);
  return { note, unitId: petition.reviewUnitId, payload: { pausedDays: paused } };
}

const reviewClock = ({ clocks, petition }: Step<unknown>) =>
  clocks.running(
    petition,
    petition.status === PetitionStatus.IN_RE_REVIEW ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW,
  );

/**
 * A report is not reviewed by the unit it reports on (R-P12): the government above that unit
 * reviews it instead; with none above (the city government), the petitioner is told so.
 */
async function passingOverReportedUnit(
  units: StepUnits,
  petition: Petition,
  reviewer: DirectoryUnit,
): Promise<DirectoryUnit> {
  if (!isReportedOn(petition, reviewer.id)) return reviewer;
  const above = reviewer.reviewUnitId && reviewer.reviewUnitId !== reviewer.id ? reviewer.reviewUnitId : null;
  if (!above) throw refuse(ErrorCode.BAD_USER_INPUT, 'REVIEWER_REPORTED_ON', undefined, { field: 'id' });
  return units.require(above);
}
