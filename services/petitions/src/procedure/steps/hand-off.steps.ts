import { ErrorCode, newId, refuse } from '@tjxf/domain';
import { DeadlineKind } from '../../deadline/deadline.entity.js';
import { HandOffEntity, HandOffOutcome, HandOffTo } from '../../hand-off/hand-off.entity.js';
import type { HandOffCommand, HandOffOutcomeCommand } from '../commands.js';
import { DocumentKind } from '../procedure.entity.js';
import type { Step, StepOutcome } from '../step.js';
import { optionalText, requiredText } from '../text.js';
import { handOffNotice } from '../wording.js';

const RECIPIENT_MAX = 100;

/** A legal channel decides the matter itself: the handling clock stops meanwhile (docs/procedure.md, R-MED). */
const stopsTheClock = (to: HandOffTo) => to !== HandOffTo.PEOPLES_MEDIATION;

/**
 * The lead unit hands the matter it is handling to people's mediation, a court or an
 * arbitration commission (R-MED); the petitioner is told in writing where it went and what
 * becomes of the time limit.
 */
export async function handOff(step: Step<HandOffCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, records, viewer } = step;
  const recipient = requiredText(command.recipient, 'input.recipient', 'HAND_OFF_RECIPIENT_REQUIRED');
  if (recipient.length > RECIPIENT_MAX)
    throw refuse(ErrorCode.BAD_USER_INPUT, 'TEXT_TOO_LONG', { max: RECIPIENT_MAX }, { field: 'input.recipient' });
  const note = optionalText(command.note, 'input.note');
  if (stopsTheClock(command.to)) clocks.pause(await clocks.running(petition, DeadlineKind.HANDLING), now);
  tx.create(HandOffEntity, {
    id: newId(),
    petition,
    to: command.to,
    recipient,
    note,
    unitId: petition.leadUnitId!,
    handedOffAt: now,
    handedOffById: viewer.accountId,
  });
  records.document(petition, DocumentKind.HAND_OFF_NOTICE, petition.leadUnitId, now, {
    text: handOffNotice(command.to, recipient),
  });
  return { note: null, unitId: petition.leadUnitId, payload: { handedTo: command.to } };
}

/** What came back from the mediator, court or tribunal; a stopped clock runs on, its days not counted. */
export async function recordHandOffOutcome(step: Step<HandOffOutcomeCommand>): Promise<StepOutcome> {
  const { command, tx, petition, now, clocks, viewer } = step;
  const summary = requiredText(command.summary, 'input.summary', 'HAND_OFF_SUMMARY_REQUIRED');
  const open = await tx.findOneOrFail(HandOffEntity, { petition: petition.id, returnedAt: null });
  if (command.outcome === HandOffOutcome.DECIDED && open.to === HandOffTo.PEOPLES_MEDIATION)
    throw refuse(ErrorCode.BAD_USER_INPUT, 'MEDIATION_DECIDES_NOTHING', undefined, { field: 'input.outcome' });
  const pausedDays = stopsTheClock(open.to)
    ? clocks.resume(await clocks.running(petition, DeadlineKind.HANDLING), now)
    : 0;
  Object.assign(open, { outcome: command.outcome, summary, returnedAt: now, returnedById: viewer.accountId });
  return {
    note: null,
    unitId: petition.leadUnitId,
    payload: { handedTo: open.to, outcome: command.outcome, pausedDays },
  };
}
