import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { isWriteRace } from '@tjxf/db-kit';
import { ErrorCode, PetitionStatus, refuse } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { Clocks } from '../deadline/clock.js';
import { DeadlineEntity, DeadlineKind, type Deadline } from '../deadline/deadline.entity.js';
import { eventName, recordEvent } from '../outbox/outbox.js';
import { addHistory, type HistoryEntry } from '../petition/history.js';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { HandOffEntity, type HandOff } from '../hand-off/hand-off.entity.js';
import { HearingEntity, type Hearing } from './hearing.entity.js';
import { publishable } from '../personal-data/disclosure.js';
import type { TrackedPetition, TrackingService } from '../tracking/tracking.service.js';
import type { CalendarLookup } from '../calendar/work-calendar.service.js';
import type { UnitLookup } from '../unit-directory/unit-directory.service.js';
import type {
  CompetenceDecisionCommand,
  CompetenceDisputeCommand,
  DisposeCommand,
  EndHearingCommand,
  EvaluateCommand,
  HandOffCommand,
  HandOffOutcomeCommand,
  HearingCommand,
  ReplyCommand,
  StepCommands,
  TrackingCredentials,
} from './commands.js';
import { mayAct, type ActingContext } from './permissions.js';
import { EvaluationEntity, PetitionDocumentEntity, RecusalEntity, DocumentKind } from './procedure.entity.js';
import { stepCondition, trackedPetitionIdOf, type StepTarget } from './scope.js';
import { HISTORY_ACTION, PetitionAction, actionsFrom, nextStatus } from './state-machine.js';
import { StepRecords } from './step.js';
import { STEP_HANDLERS } from './step-handlers.js';
import { timingRefusal, type StepFacts } from './timing.js';
import { StepUnits } from './units.js';
import { completeTask, recuse } from './unit-steps.js';

export type {
  CompetenceDecisionCommand,
  CompetenceDisputeCommand,
  DisposeCommand,
  EvaluateCommand,
  ReplyCommand,
  TrackingCredentials,
} from './commands.js';

/** Who rates: the signed-in petitioner naming the petition, or one giving its tracking code and phone. */
export type Rater = { petitionId: string } | TrackingCredentials;

/**
 * The statutory procedure (R-P6 to R-P13): each step is checked against the viewer's scope,
 * the state machine, the viewer's rights and the clocks, then its handler (step-handlers.ts)
 * runs and the step is written in one transaction with its history entry and outbox event.
 * Two people acting at once on the same petition cannot both succeed: the petition's version
 * is checked on update (CONFLICT).
 */
export class ProcedureService {
  private readonly units: StepUnits;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    directory: UnitLookup | null,
    /** The work calendar the steps' clocks count days on (R-T1). */
    private readonly calendars: CalendarLookup,
    private readonly clock: () => Date = () => new Date(),
    /** Checks a tracking code and phone ending, throttled; a request has one, the demo seed none. */
    private readonly tracking: Pick<TrackingService, 'prove'> | null = null,
  ) {
    this.units = new StepUnits(directory);
  }

  /**
   * The actions this viewer may take on each petition now (what the workbench offers), for a
   * DataLoader: five queries for any number of petitions, not five per petition. None on a
   * petition outside the viewer's scope, however it was reached (e.g. the answer to
   * `registerPetition` of a report about the registering office, which goes to the office above).
   */
  async allowedActionsMany(ids: readonly string[]): Promise<PetitionAction[][]> {
    const em = this.em.fork();
    const petitions = await em.find(PetitionEntity, {
      $and: [{ id: { $in: [...ids] } }, scopeCondition(petitionScope(this.viewer))],
    });
    const known = await this.stepFactsOf(em, petitions);
    const byId = new Map(petitions.map((p) => [p.id, p]));
    const now = this.clock();
    return Promise.all(
      ids.map(async (id) => {
        const petition = byId.get(id);
        if (!petition) return [];
        const { facts, recused } = known.get(id)!;
        const ctx = await this.actingContext(petition, facts.open, recused, null);
        return actionsFrom(petition.status).filter(
          (action) => mayAct(this.viewer, petition, action, ctx) && !timingRefusal(petition, action, facts, now),
        );
      }),
    );
  }

  dispose(id: string, command: DisposeCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction[command.mode], id, expectedVersion, command);
  }

  /** Accept; `simplified` for a clear, undisputed first-time matter (R-P9). */
  accept(id: string, note: string | null | undefined, expectedVersion?: number | null, simplified = false) {
    return this.act(PetitionAction.ACCEPT, id, expectedVersion, { note, simplified });
  }

  decline(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.DECLINE, id, expectedVersion, { reason });
  }

  object(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.OBJECT, id, expectedVersion, { reason });
  }

  referCompetence(id: string, command: CompetenceDisputeCommand, expectedVersion?: number | null) {
    return this.act(PetitionAction.REFER_COMPETENCE, id, expectedVersion, command);
  }

  decideCompetence(id: string, command: CompetenceDecisionCommand, expectedVersion?: number | null) {
    return this.act(PetitionAction.DECIDE_COMPETENCE, id, expectedVersion, command);
  }

  extend(id: string, days: number, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.EXTEND, id, expectedVersion, { days, reason });
  }

  reply(id: string, command: ReplyCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.REPLY, id, expectedVersion, command);
  }

  /**
   * The petitioner rates their petition (R-P13): signed in, naming it (within their scope), or
   * without an account, with its tracking code and phone ending, which the tracking service
   * checks here, under its throttle; either way the permission check runs as for any step.
   */
  async evaluate(rater: Rater, command: EvaluateCommand): Promise<Petition> {
    if ('petitionId' in rater) return this.act(PetitionAction.EVALUATE, rater.petitionId, null, command);
    if (!this.tracking) throw new Error('tracking codes are checked only within a request');
    const tracked = await this.tracking.prove(rater.trackingCode, rater.phoneLast4);
    return this.act(PetitionAction.EVALUATE, tracked, null, command);
  }

  requestReview(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.REQUEST_REVIEW, id, expectedVersion, { reason });
  }

  /** The petitioner without an account asks for review, proven by their phone on the tracking page (issue 10). */
  requestReviewAsPetitioner(tracked: TrackedPetition, reason: string): Promise<Petition> {
    return this.act(PetitionAction.REQUEST_REVIEW, tracked, null, { reason });
  }

  decideReview(id: string, command: ReplyCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.DECIDE_REVIEW, id, expectedVersion, command);
  }

  /** A hearing stops the review clock; its days are added when it ends (R-P10, R-T1). */
  holdHearing(id: string, command: HearingCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.HOLD_HEARING, id, expectedVersion, command);
  }

  endHearing(id: string, command: EndHearingCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.END_HEARING, id, expectedVersion, command);
  }

  /** The hearings of a petition the viewer has read, oldest first (R-AGT). */
  hearingsOf(petitionId: string): Promise<Hearing[]> {
    return this.em.find(HearingEntity, { petition: petitionId }, { orderBy: { startedAt: 'asc', id: 'asc' } });
  }

  /** Whether the viewer stood aside from the petition (Art. 28). */
  async recusedFrom(petitionId: string): Promise<boolean> {
    if (!this.viewer.accountId) return false;
    return (await this.em.count(RecusalEntity, { petition: petitionId, accountId: this.viewer.accountId })) > 0;
  }

  /** The lead unit hands the matter to people's mediation, a court or arbitration (R-MED). */
  handOff(id: string, command: HandOffCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(PetitionAction.HAND_OFF, id, expectedVersion, command);
  }

  recordHandOffOutcome(id: string, command: HandOffOutcomeCommand, expectedVersion?: number | null) {
    return this.act(PetitionAction.RECORD_HAND_OFF_OUTCOME, id, expectedVersion, command);
  }

  /** The hand-offs of a petition the viewer has read (its scope checked then), oldest first. */
  handOffsOf(petitionId: string): Promise<HandOff[]> {
    return this.em.find(HandOffEntity, { petition: petitionId }, { orderBy: { handedOffAt: 'asc', id: 'asc' } });
  }

  /** A unit reports on its task (co-handling, completion report, follow-up). */
  completeTask(taskId: string, report: string) {
    return completeTask(this.em, this.viewer, this.clock(), taskId, report);
  }

  /** A staff member with an interest stands aside (R-P8, Art. 28). */
  recuse(id: string, reason: string): Promise<Petition> {
    return recuse(this.em, this.viewer, this.clock(), id, reason);
  }

  /**
   * One step: load within scope, check the state machine, the viewer and the clocks, apply
   * the action's handler, and write the petition (version-checked), its history entry and its
   * event in one transaction.
   */
  private async act<A extends PetitionAction>(
    action: A,
    target: StepTarget,
    expectedVersion: number | null | undefined,
    command: StepCommands[A],
  ): Promise<Petition> {
    const now = this.clock();
    const calendar = await this.calendars.current();
    try {
      return await this.em.fork().transactional(async (tx) => {
        const petition = await tx.findOne(PetitionEntity, stepCondition(this.viewer, target));
        if (!petition) throw refuse(ErrorCode.NOT_FOUND, 'PETITION_NOT_FOUND');
        if (expectedVersion != null && expectedVersion !== petition.version) throw staleConflict();
        const to = nextStatus(petition.status, action);
        if (!to) throw refuse(ErrorCode.CONFLICT, 'STEP_NOT_ALLOWED_IN_STATUS', { status: petition.status });
        const { facts, recused } = (await this.stepFactsOf(tx, [petition])).get(petition.id)!;
        const ctx = await this.actingContext(petition, facts.open, recused, trackedPetitionIdOf(target));
        if (!mayAct(this.viewer, petition, action, ctx)) throw refuse(ErrorCode.FORBIDDEN, 'STEP_FORBIDDEN');
        const timing = timingRefusal(petition, action, facts, now);
        if (timing) throw refuse(ErrorCode.CONFLICT, timing.reason, timing.params);
        const from = petition.status;
        const clocks = new Clocks(tx, calendar);
        const handler = STEP_HANDLERS[action] as (typeof STEP_HANDLERS)[PetitionAction];
        const result = await handler({
          action,
          command: command as never,
          tx,
          petition,
          now,
          viewer: this.viewer,
          clocks,
          units: this.units,
          records: new StepRecords(tx, this.viewer, clocks),
        });
        petition.status = to;
        // a step that keeps the status (extension, hearing, hand-off) still writes the petition,
        // so its version check makes a second step sent at the same moment a CONFLICT
        petition.updatedAt = now;
        const actorUnitId = result.unitId ?? this.viewer.units[0]?.id ?? null;
        const entry = { at: now, visibleToPetitioner: true, actorUnitId };
        this.history(tx, petition, {
          ...entry,
          action: HISTORY_ACTION[action],
          fromStatus: from,
          toStatus: to,
          note: result.note,
          visibleToPetitioner: result.visible ?? true,
        });
        if (to === PetitionStatus.RE_REVIEWED) {
          // the re-review opinion is final: concluded in the same step (R-P10, Art. 37)
          petition.status = PetitionStatus.CONCLUDED;
          petition.concludedAt = now;
          this.history(tx, petition, {
            ...entry,
            action: 'CONCLUDED',
            fromStatus: to,
            toStatus: PetitionStatus.CONCLUDED,
          });
        }
        await tx.flush();
        petition.currentDueAt = await clocks.firstDueAt(petition.id);
        const payload = {
          from,
          to: petition.status,
          unitId: actorUnitId,
          actorId: this.viewer.accountId,
          ...result.payload,
        };
        recordEvent(
          tx,
          `Petition${eventName(HISTORY_ACTION[action])}`,
          petition.id,
          publishable(petition, payload),
          now,
        );
        await tx.flush();
        return petition;
      });
    } catch (error) {
      // another step on the same petition won: a version check or a once-only row (a rating)
      if (error instanceof OptimisticLockError || isWriteRace(error)) throw staleConflict();
      throw error;
    }
  }

  /**
   * What the clocks and the record say about each petition, and whether the viewer stood
   * aside from it: four queries however many petitions (one step, or a page's allowedActions).
   */
  private async stepFactsOf(
    em: EntityManager,
    petitions: Petition[],
  ): Promise<Map<string, { facts: StepFacts & { open: Deadline[] }; recused: boolean }>> {
    const ids = petitions.map((p) => p.id);
    const registered = petitions.filter((p) => p.status === PetitionStatus.REGISTERED).map((p) => p.id);
    const accepted = petitions.filter((p) => p.status === PetitionStatus.ACCEPTED).map((p) => p.id);
    const [open, evaluations, objections, recusals, handOffs] = await Promise.all([
      em.find(DeadlineEntity, { petition: { $in: ids }, metAt: null, closedAt: null }),
      em.find(EvaluationEntity, { petition: { $in: ids } }, { fields: ['petition'] }),
      registered.length
        ? em.find(
            PetitionDocumentEntity,
            { petition: { $in: registered }, kind: DocumentKind.OBJECTION },
            { fields: ['petition'] },
          )
        : [],
      this.viewer.accountId
        ? em.find(RecusalEntity, { petition: { $in: ids }, accountId: this.viewer.accountId }, { fields: ['petition'] })
        : [],
      accepted.length
        ? em.find(HandOffEntity, { petition: { $in: accepted }, returnedAt: null }, { fields: ['petition'] })
        : [],
    ]);
    const of = <T extends { petition: { id: string } }>(rows: T[], id: string) =>
      rows.filter((r) => r.petition.id === id);
    return new Map(
      ids.map((id) => [
        id,
        {
          facts: {
            open: of(open, id),
            evaluations: of(evaluations, id).length,
            objections: of(objections, id).length,
            handOffOpen: of(handOffs, id).length > 0,
          },
          recused: of(recusals, id).length > 0,
        },
      ]),
    );
  }

  private async actingContext(
    petition: Petition,
    open: Deadline[],
    recused: boolean,
    trackedPetitionId: string | null,
  ): Promise<ActingContext> {
    const reviewing = petition.status === PetitionStatus.IN_REVIEW || petition.status === PetitionStatus.IN_RE_REVIEW;
    const decidingUnitId = open.find((d) => d.kind === DeadlineKind.COMPETENCE_DECISION)?.unitId;
    return {
      recused,
      trackedPetitionId,
      reviewUnit: reviewing ? await this.units.find(petition.reviewUnitId) : null,
      decidingUnit: await this.units.find(decidingUnitId),
    };
  }

  /** A timeline entry by this viewer. */
  private history(tx: EntityManager, petition: Petition, entry: Omit<HistoryEntry, 'actorId'>): void {
    addHistory(tx, petition, { ...entry, actorId: this.viewer.accountId });
  }
}

const staleConflict = () => refuse(ErrorCode.CONFLICT, 'PETITION_CHANGED_MEANWHILE');
