import { ErrorCode, newId, refuse } from '@tjxf/domain';
import { rulesOf } from '../../deadline/clock.js';
import { DeadlineKind } from '../../deadline/deadline.entity.js';
import type { AcceptCommand, EvaluateCommand, ExtendCommand, ReasonCommand, ReplyCommand } from '../commands.js';
import {
  DocumentKind,
  EvaluationEntity,
  EvaluationTarget,
  PetitionTaskEntity,
  Rating,
  TaskKind,
} from '../procedure.entity.js';
import type { Step, StepOutcome } from '../step.js';
import { optionalText, requiredText } from '../text.js';
import { MEDIATION_REMEDY, acceptanceNotice, extensionNotice, reviewRemedy } from '../wording.js';

/** Accept; `simplified` for a clear, undisputed first-time matter: the simplified limit (R-P9). */
export async function accept(step: Step<AcceptCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, records, units } = step;
  const text = optionalText(command.note, 'note');
  const simplified = Boolean(command.simplified);
  if (simplified && petition.repeatOf)
    throw refuse(ErrorCode.BAD_USER_INPUT, 'SIMPLIFIED_NOT_FOR_REPEAT', undefined, { field: 'simplified' });
  await clocks.meet(petition, [DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], now);
  const unit = await units.require(petition.leadUnitId!);
  const rules = rulesOf(unit);
  petition.simplified = simplified;
  const limit = simplified ? 'SIMPLIFIED_HANDLING' : 'HANDLING';
  clocks.open(petition, DeadlineKind.HANDLING, limit, rules, 'ACCEPTED', now, unit.id);
  records.document(petition, DocumentKind.ACCEPTANCE_NOTICE, unit.id, now, {
    text: text ?? acceptanceNotice(rules, simplified),
  });
  return { note: text, unitId: unit.id };
}

export async function decline(step: Step<ReasonCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, records } = step;
  const text = requiredText(command.reason, 'reason', 'DECLINE_REASON_REQUIRED');
  await clocks.meet(petition, [DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], now);
  records.document(petition, DocumentKind.DECLINE_NOTICE, petition.leadUnitId, now, { text });
  return { note: text, unitId: petition.leadUnitId };
}

/** One extension of handling, approved by the unit head, the reason told to the petitioner (R-P8). */
export async function extend(step: Step<ExtendCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, records } = step;
  const text = requiredText(command.reason, 'reason', 'EXTENSION_REASON_REQUIRED');
  const handling = await clocks.running(petition, DeadlineKind.HANDLING);
  clocks.extend(handling, command.days, text);
  records.document(petition, DocumentKind.EXTENSION_NOTICE, petition.leadUnitId, now, {
    text: extensionNotice(command.days, handling.dueAt, text),
  });
  return {
    note: text,
    unitId: petition.leadUnitId,
    payload: { days: command.days, dueAt: handling.dueAt.toISOString() },
  };
}

/** The written facts, reasons and legal basis of a reply or a review decision. */
export function opinionOf(command: ReplyCommand) {
  return {
    outcome: command.outcome,
    facts: requiredText(command.facts, 'input.facts', 'FACTS_REQUIRED'),
    reasons: requiredText(command.reasons, 'input.reasons', 'REASONS_REQUIRED'),
    legalBasis: requiredText(command.legalBasis, 'input.legalBasis', 'LEGAL_BASIS_REQUIRED'),
  };
}

export async function reply(step: Step<ReplyCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, records, units } = step;
  const opinion = opinionOf(command);
  await clocks.meet(petition, [DeadlineKind.HANDLING], now);
  await tx.nativeUpdate(
    PetitionTaskEntity,
    { petition: petition.id, kind: TaskKind.LEAD, doneAt: null },
    { doneAt: now },
  );
  const unit = await units.require(petition.leadUnitId!);
  const rules = rulesOf(unit);
  petition.mediated = Boolean(command.mediated);
  const kind = petition.mediated ? DocumentKind.MEDIATION_AGREEMENT : DocumentKind.REPLY;
  const remedy = petition.mediated ? MEDIATION_REMEDY : reviewRemedy(rules);
  records.document(petition, kind, unit.id, now, { ...opinion, remedy });
  // the petitioner's window to ask for review; a mediation agreement has none
  if (!petition.mediated)
    clocks.open(petition, DeadlineKind.REVIEW_REQUEST, 'REVIEW_REQUEST', rules, 'REPLIED', now, null);
  return { note: null, unitId: unit.id, payload: { outcome: command.outcome } };
}

/** The petitioner rates the petition office or the responsible unit, once each (R-P13). */
export async function evaluate(step: Step<EvaluateCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, records, units, clocks } = step;
  const unitId = command.target === EvaluationTarget.PETITION_OFFICE ? petition.receivingUnitId : petition.leadUnitId;
  if (!unitId) throw refuse(ErrorCode.CONFLICT, 'NO_UNIT_TO_RATE');
  const done = await tx.count(EvaluationEntity, { petition: petition.id, target: command.target });
  if (done) throw refuse(ErrorCode.CONFLICT, 'ALREADY_RATED');
  const comment = optionalText(command.comment, 'input.comment');
  tx.create(EvaluationEntity, {
    id: newId(),
    petition,
    target: command.target,
    unitId,
    rating: command.rating,
    comment,
    at: now,
  });
  if (command.rating === Rating.UNSATISFIED) {
    const unit = await units.require(unitId);
    records.task(
      petition,
      TaskKind.FOLLOW_UP,
      unit,
      clocks.followUpDue(rulesOf(unit), now),
      now,
      command.comment ?? null,
    );
  }
  return { note: null, unitId, payload: { target: command.target, rating: command.rating } };
}
