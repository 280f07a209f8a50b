import { ErrorCode, PetitionStatus, newId, refuse } from '@tjxf/domain';
import { rulesOf } from '../../deadline/clock.js';
import { DeadlineKind } from '../../deadline/deadline.entity.js';
import { isReportedOn } from '../../personal-data/disclosure.js';
import type { Petition } from '../../petition/petition.entity.js';
import type { DirectoryUnit } from '../../unit-directory/unit-directory.service.js';
import type { EndHearingCommand, HearingCommand, ReasonCommand, ReplyCommand } from '../commands.js';
import { HearingEntity } from '../hearing.entity.js';
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
export async function holdHearing(step: Step<HearingCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, viewer } = step;
  const note = optionalText(command.note, 'note');
  const participants = participantsOf(command.participants);
  clocks.pause(await reviewClock(step), now);
  tx.create(HearingEntity, {
    id: newId(),
    petition,
    unitId: petition.reviewUnitId ?? null,
    startedAt: now,
    startedById: viewer.accountId,
    participants,
  });
  return { note, unitId: petition.reviewUnitId, visible: true };
}

export async function endHearing(step: Step<EndHearingCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks } = step;
  const note = optionalText(command.note, 'note');
  const minutes = optionalText(command.minutes, 'minutes');
  const paused = clocks.resume(await reviewClock(step), now);
  // hearings begun before their record existed have none to close
  const hearing = await tx.findOne(HearingEntity, { petition: petition.id, endedAt: null });
  if (hearing) Object.assign(hearing, { endedAt: now, minutes });
  return { note, unitId: petition.reviewUnitId, payload: { pausedDays: paused } };
}

const PARTICIPANTS_MAX = 30;
const PARTICIPANT_MAX = 50;

/** Who takes part, one per entry, each named: blank entries dropped, a long list or name refused. */
function participantsOf(values: string[] | null | undefined): string[] {
  const names = (values ?? []).map((v) => v.trim()).filter(Boolean);
  if (names.length > PARTICIPANTS_MAX)
    throw refuse(
      ErrorCode.BAD_USER_INPUT,
      'TOO_MANY_HEARING_PARTICIPANTS',
      { max: PARTICIPANTS_MAX },
      {
        field: 'participants',
      },
    );
  if (names.some((n) => n.length > PARTICIPANT_MAX))
    throw refuse(ErrorCode.BAD_USER_INPUT, 'TEXT_TOO_LONG', { max: PARTICIPANT_MAX }, { field: 'participants' });
  return names;
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
