import { ErrorCode, commonSuperior, refuse } from '@tjxf/domain';
import { rulesOf } from '../../deadline/clock.js';
import { DeadlineKind } from '../../deadline/deadline.entity.js';
import { isReportedOn } from '../../personal-data/disclosure.js';
import type {
  CompetenceDecisionCommand,
  CompetenceDisputeCommand,
  DisposeCommand,
  ReasonCommand,
} from '../commands.js';
import { refuseReportedUnit } from '../permissions.js';
import { DocumentKind, PetitionDocumentEntity, PetitionTaskEntity, TaskKind } from '../procedure.entity.js';
import { HISTORY_ACTION, PetitionAction } from '../state-machine.js';
import type { Step, StepOutcome } from '../step.js';
import { optionalText, requiredText } from '../text.js';
import { competenceDecision, competenceReferral, competenceReferredNote } from '../wording.js';

/** Forward, assign or redirect (R-P6, R-X): the petition office's disposal. */
export async function dispose(step: Step<DisposeCommand>): Promise<StepOutcome> {
  const { command, petition, now, clocks, records, units, action } = step;
  const note = optionalText(command.note, 'input.note');
  await clocks.meet(petition, [DeadlineKind.DISPOSAL], now);
  if (action === PetitionAction.REDIRECT) {
    if (!note) throw refuse(ErrorCode.BAD_USER_INPUT, 'REDIRECT_NOTE_REQUIRED', undefined, { field: 'input.note' });
    records.document(petition, DocumentKind.REDIRECT_NOTICE, petition.receivingUnitId, now, { text: note });
    return { note };
  }
  const unit = await units.handling(command.unitId, 'input.unitId');
  refuseReportedUnit(petition, unit.id, 'input.unitId');
  const coUnits = await Promise.all(
    [...new Set(command.coHandlingUnitIds ?? [])]
      .filter((u) => u !== unit.id)
      .map((u) => units.handling(u, 'input.coHandlingUnitIds')),
  );
  for (const co of coUnits) refuseReportedUnit(petition, co.id, 'input.coHandlingUnitIds');
  records.handOver(petition, unit, command.mode, HISTORY_ACTION[action], now, note, true);
  for (const co of coUnits)
    records.task(petition, TaskKind.CO_HANDLING, co, clocks.dueUnder(rulesOf(co), 'HANDLING', now), now, note);
  if (action === PetitionAction.ASSIGN) {
    const reportDueAt = command.reportDueAt ?? clocks.completionReportDue(rulesOf(unit), now);
    if (reportDueAt.getTime() <= now.getTime())
      throw refuse(ErrorCode.BAD_USER_INPUT, 'REPORT_DATE_NOT_IN_FUTURE', undefined, { field: 'input.reportDueAt' });
    records.task(petition, TaskKind.COMPLETION_REPORT, unit, reportDueAt, now, note);
  }
  return { note, unitId: unit.id, payload: { coHandlingUnitIds: coUnits.map((c) => c.id) } };
}

/** Not competent: back to the petition office that sent it, with a new disposal clock (R-P7). */
export async function object(step: Step<ReasonCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, records, units } = step;
  const text = requiredText(command.reason, 'reason', 'OBJECTION_REASON_REQUIRED');
  const unitId = petition.leadUnitId;
  await clocks.meet(petition, [DeadlineKind.OBJECTION], now);
  await clocks.close(petition, [DeadlineKind.ACCEPTANCE], now);
  await tx.nativeUpdate(PetitionTaskEntity, { petition: petition.id, doneAt: null }, { doneAt: now });
  records.document(petition, DocumentKind.OBJECTION, unitId, now, { text, visibleToPetitioner: false });
  petition.leadUnitId = null;
  petition.disposalMode = null;
  // back on the receiving office's clock, under its own rule set
  const office = await units.require(petition.receivingUnitId);
  clocks.open(petition, DeadlineKind.DISPOSAL, 'DISPOSAL', rulesOf(office), 'OBJECTED', now, office.id);
  return { note: text, unitId, visible: false };
}

/**
 * Competence is disputed: a unit objected, and the petition office holds that it, or another
 * unit it names, is competent. The common superior government of the units decides (R-P7,
 * Art. 24); meanwhile the office cannot dispose of the petition again.
 */
export async function referCompetence(step: Step<CompetenceDisputeCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, records, units } = step;
  const reason = requiredText(command.reason, 'input.reason', 'DISPUTE_REASON_REQUIRED');
  const objections = await tx.find(PetitionDocumentEntity, { petition: petition.id, kind: DocumentKind.OBJECTION });
  const named = await Promise.all((command.unitIds ?? []).map((u) => units.handling(u, 'input.unitIds')));
  for (const unit of named) refuseReportedUnit(petition, unit.id, 'input.unitIds');
  const objecting = await Promise.all(objections.map((o) => units.require(o.unitId!)));
  const disputing = [...new Map([...objecting, ...named].map((u) => [u.id, u])).values()];
  const field = { field: 'input.unitIds' };
  if (disputing.length < 2) throw refuse(ErrorCode.BAD_USER_INPUT, 'DISPUTED_UNIT_REQUIRED', undefined, field);
  const directory = new Map((await units.all()).map((u) => [u.id, u]));
  const superior = commonSuperior(disputing, (u) => directory.get(u));
  if (!superior) throw refuse(ErrorCode.BAD_USER_INPUT, 'NO_COMMON_SUPERIOR', undefined, field);
  if (isReportedOn(petition, superior.id))
    throw refuse(ErrorCode.BAD_USER_INPUT, 'COMMON_SUPERIOR_REPORTED_ON', undefined, field);
  await clocks.meet(petition, [DeadlineKind.DISPOSAL], now);
  // the regulations give the superior no period: it gets the disposal period of its own rule
  // set, so that it is reminded and supervised like any other duty (docs/procedure.md)
  const decision = clocks.open(
    petition,
    DeadlineKind.COMPETENCE_DECISION,
    'DISPOSAL',
    rulesOf(superior),
    'COMPETENCE_REFERRED',
    now,
    superior.id,
  );
  records.task(petition, TaskKind.COMPETENCE_DECISION, superior, decision.dueAt, now, reason);
  records.document(petition, DocumentKind.COMPETENCE_REFERRAL, petition.receivingUnitId, now, {
    text: competenceReferral(disputing, reason),
    visibleToPetitioner: false,
  });
  return {
    note: competenceReferredNote(superior),
    unitId: petition.receivingUnitId,
    payload: { disputingUnitIds: disputing.map((u) => u.id), superiorUnitId: superior.id },
  };
}

/** The common superior names the competent unit; its decision binds (no objection follows). */
export async function decideCompetence(step: Step<CompetenceDecisionCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, records, units, viewer } = step;
  const note = optionalText(command.note, 'input.note');
  const unit = await units.handling(command.unitId, 'input.unitId');
  refuseReportedUnit(petition, unit.id, 'input.unitId');
  const decision = await clocks.running(petition, DeadlineKind.COMPETENCE_DECISION);
  const superior = await units.require(decision.unitId!);
  await clocks.meet(petition, [DeadlineKind.COMPETENCE_DECISION], now);
  await tx.nativeUpdate(
    PetitionTaskEntity,
    { petition: petition.id, kind: TaskKind.COMPETENCE_DECISION, doneAt: null },
    { doneAt: now, report: note, reportedById: viewer.accountId },
  );
  // the decision binds: no objection window this time
  records.handOver(petition, unit, 'FORWARD', 'COMPETENCE_DECIDED', now, note, false);
  records.document(petition, DocumentKind.COMPETENCE_DECISION, superior.id, now, {
    text: competenceDecision(superior, unit, note),
  });
  return { note, unitId: superior.id, payload: { unitId: unit.id } };
}
