import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { chinaDate } from '@tjxf/calendar';
import {
  DomainError,
  ErrorCode,
  PetitionStatus,
  Role,
  UnitKind,
  badInput,
  commonSuperior,
  isUuid,
  newId,
} from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { Clocks, completionReportDue, dueUnder, followUpDue, ruleRefOf, rulesOf } from '../deadline/clock.js';
import { DeadlineEntity, DeadlineKind, type Deadline } from '../deadline/deadline.entity.js';
import { eventName, recordEvent } from '../outbox/outbox.js';
import { addHistory, type HistoryEntry } from '../petition/history.js';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import type { TrackingService } from '../tracking/tracking.service.js';
import type { DirectoryUnit, UnitLookup } from '../unit-directory/unit-directory.js';
import { isReportedOn, publishable } from '../personal-data/disclosure.js';
import { mayAct, refuseReportedUnit, type ActingContext } from './permissions.js';
import {
  DocumentKind,
  EvaluationEntity,
  EvaluationTarget,
  PetitionDocumentEntity,
  PetitionTaskEntity,
  Rating,
  RecusalEntity,
  TaskKind,
  type PetitionTask,
  type ReplyOutcome,
} from './procedure.entities.js';
import { PetitionAction, actionsFrom, nextStatus } from './state-machine.js';

export interface DisposeCommand {
  mode: 'FORWARD' | 'ASSIGN' | 'REDIRECT';
  unitId?: string | null;
  coHandlingUnitIds?: string[] | null;
  note?: string | null;
  /** For ASSIGN: when the completion report is due (default: the end of handling). */
  reportDueAt?: Date | null;
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

/** What the clocks and the record say about a petition, for {@link ProcedureService.timingAllows}. */
interface StepFacts {
  open: Deadline[];
  evaluations: number;
  /** Objections by units that were not competent (only counted while REGISTERED). */
  objections: number;
}

/** What a petitioner without an account proves they are with. */
export interface TrackingCredentials {
  trackingCode: string;
  phoneLast4: string;
}

export interface EvaluateCommand {
  target: EvaluationTarget;
  rating: Rating;
  comment?: string | null;
}

const TEXT_MAX = 5_000;
const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
const forbidden = () =>
  new DomainError(ErrorCode.FORBIDDEN, '您无权对该信访事项进行此项操作。You may not take this step on this petition.');

/** How each action reads in the timeline and in events. */
const HISTORY_ACTION: Record<PetitionAction, string> = {
  FORWARD: 'FORWARDED',
  ASSIGN: 'ASSIGNED',
  REDIRECT: 'REDIRECTED',
  ACCEPT: 'ACCEPTED',
  DECLINE: 'DECLINED',
  OBJECT: 'OBJECTED',
  REFER_COMPETENCE: 'COMPETENCE_REFERRED',
  DECIDE_COMPETENCE: 'COMPETENCE_DECIDED',
  EXTEND: 'EXTENDED',
  REPLY: 'REPLIED',
  EVALUATE: 'EVALUATED',
  REQUEST_REVIEW: 'REVIEW_REQUESTED',
  DECIDE_REVIEW: 'REVIEW_DECIDED',
  HOLD_HEARING: 'HEARING_STARTED',
  END_HEARING: 'HEARING_ENDED',
};

/**
 * The statutory procedure (R-P6 to R-P13): each step is checked against the state machine
 * and the viewer's rights, then written in one transaction with its history entry, its
 * deadlines, its documents and its outbox event. Two people acting at once on the same
 * petition cannot both succeed: the petition's version is checked on update (CONFLICT).
 */
export class ProcedureService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly directory: UnitLookup | null,
    private readonly clock: () => Date = () => new Date(),
    /** Checks a tracking code and phone ending, throttled; a request has one, the demo seed none. */
    private readonly tracking: Pick<TrackingService, 'petitionIdOf'> | null = null,
  ) {}

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
    return Promise.all(
      ids.map(async (id) => {
        const petition = byId.get(id);
        if (!petition) return [];
        const { facts, recused } = known.get(id)!;
        return this.allowed(petition, facts, await this.actingContext(petition, facts.open, recused));
      }),
    );
  }

  private allowed(petition: Petition, facts: StepFacts, ctx: ActingContext): PetitionAction[] {
    return actionsFrom(petition.status).filter(
      (action) => mayAct(this.viewer, petition, action, ctx) && this.timingAllows(petition, action, facts) === null,
    );
  }

  async dispose(id: string, command: DisposeCommand, expectedVersion?: number | null): Promise<Petition> {
    const action = PetitionAction[command.mode];
    return this.act(id, action, expectedVersion, async (tx, petition, now) => {
      const note = clean(command.note, 'input.note');
      await new Clocks(tx).meet(petition, [DeadlineKind.DISPOSAL], now);
      if (action === PetitionAction.REDIRECT) {
        if (!note) throw badInput('input.note', '请写明告知信访人的途径。Write where the petitioner must go instead.');
        this.document(tx, petition, DocumentKind.REDIRECT_NOTICE, petition.receivingUnitId, now, { text: note });
        return { note };
      }
      const unit = await this.handlingUnit(command.unitId, 'input.unitId');
      refuseReportedUnit(petition, unit.id, 'input.unitId');
      const coUnits = await Promise.all(
        [...new Set(command.coHandlingUnitIds ?? [])]
          .filter((u) => u !== unit.id)
          .map((u) => this.handlingUnit(u, 'input.coHandlingUnitIds')),
      );
      for (const co of coUnits) refuseReportedUnit(petition, co.id, 'input.coHandlingUnitIds');
      this.handOver(tx, petition, unit, command.mode, HISTORY_ACTION[action], now, note, true);
      for (const co of coUnits)
        this.task(tx, petition, TaskKind.CO_HANDLING, co, dueUnder(rulesOf(co), 'HANDLING', now), now, note);
      if (action === PetitionAction.ASSIGN) {
        const reportDueAt = command.reportDueAt ?? completionReportDue(rulesOf(unit), now);
        if (reportDueAt.getTime() <= now.getTime())
          throw badInput('input.reportDueAt', '报送办结报告的日期须在今天之后。The report date must be in the future.');
        this.task(tx, petition, TaskKind.COMPLETION_REPORT, unit, reportDueAt, now, note);
      }
      return { note, unitId: unit.id, payload: { coHandlingUnitIds: coUnits.map((c) => c.id) } };
    });
  }

  /** Accept; `simplified` for a clear, undisputed first-time matter: reply within 10 working days (R-P9). */
  async accept(
    id: string,
    note: string | null | undefined,
    expectedVersion?: number | null,
    simplified = false,
  ): Promise<Petition> {
    return this.act(id, PetitionAction.ACCEPT, expectedVersion, async (tx, petition, now) => {
      const text = clean(note, 'note');
      if (simplified && petition.repeatOf)
        throw badInput(
          'simplified',
          '重复信访事项不适用简易办理。A repeat petition cannot be handled the simplified way.',
        );
      await new Clocks(tx).meet(petition, [DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], now);
      const unit = await this.requireUnit(petition.leadUnitId!);
      const rules = rulesOf(unit);
      petition.simplified = simplified;
      const limit = simplified ? 'SIMPLIFIED_HANDLING' : 'HANDLING';
      new Clocks(tx).open(petition, DeadlineKind.HANDLING, limit, rules, 'ACCEPTED', now, unit.id);
      this.document(tx, petition, DocumentKind.ACCEPTANCE_NOTICE, unit.id, now, {
        text:
          text ??
          (simplified
            ? `你（你们）反映的事项已受理，适用简易办理，将于${rules.limits.SIMPLIFIED_HANDLING.days}个工作日内答复。Accepted for simplified handling: a reply follows within ${rules.limits.SIMPLIFIED_HANDLING.days} working days.`
            : `你（你们）反映的事项已受理，我单位将依法办理，并于受理之日起${rules.limits.HANDLING.days}日内出具书面答复意见。Your petition has been accepted; a written reply follows within ${rules.limits.HANDLING.days} days.`),
      });
      return { note: text, unitId: unit.id };
    });
  }

  async decline(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.DECLINE, expectedVersion, async (tx, petition, now) => {
      const text = required(reason, 'reason', '请写明不予受理的理由。Write why it is not accepted.');
      await new Clocks(tx).meet(petition, [DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], now);
      this.document(tx, petition, DocumentKind.DECLINE_NOTICE, petition.leadUnitId, now, { text });
      return { note: text, unitId: petition.leadUnitId };
    });
  }

  /** Not competent: back to the petition office that sent it, with a new disposal clock (R-P7). */
  async object(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.OBJECT, expectedVersion, async (tx, petition, now) => {
      const text = required(reason, 'reason', '请写明异议理由。Write why your unit is not competent.');
      const unitId = petition.leadUnitId;
      await new Clocks(tx).meet(petition, [DeadlineKind.OBJECTION], now);
      await new Clocks(tx).close(petition, [DeadlineKind.ACCEPTANCE], now);
      await tx.nativeUpdate(PetitionTaskEntity, { petition: petition.id, doneAt: null }, { doneAt: now });
      this.document(tx, petition, DocumentKind.OBJECTION, unitId, now, { text, visibleToPetitioner: false });
      petition.leadUnitId = null;
      petition.disposalMode = null;
      // back on the receiving office's clock, under its own rule set
      const office = await this.requireUnit(petition.receivingUnitId);
      new Clocks(tx).open(petition, DeadlineKind.DISPOSAL, 'DISPOSAL', rulesOf(office), 'OBJECTED', now, office.id);
      return { note: text, unitId, visible: false };
    });
  }

  /**
   * Competence is disputed: a unit objected, and the petition office holds that it, or another
   * unit it names, is competent. The common superior government of the units decides (R-P7,
   * Art. 24); meanwhile the office cannot dispose of the petition again.
   */
  async referCompetence(
    id: string,
    command: CompetenceDisputeCommand,
    expectedVersion?: number | null,
  ): Promise<Petition> {
    return this.act(id, PetitionAction.REFER_COMPETENCE, expectedVersion, async (tx, petition, now) => {
      const reason = required(command.reason, 'input.reason', '请写明争议情况。Write what the dispute is about.');
      const objections = await tx.find(PetitionDocumentEntity, {
        petition: petition.id,
        kind: DocumentKind.OBJECTION,
      });
      const named = await Promise.all((command.unitIds ?? []).map((u) => this.handlingUnit(u, 'input.unitIds')));
      for (const unit of named) refuseReportedUnit(petition, unit.id, 'input.unitIds');
      const disputing = [
        ...new Map(
          [...(await Promise.all(objections.map((o) => this.requireUnit(o.unitId!)))), ...named].map((u) => [u.id, u]),
        ).values(),
      ];
      if (disputing.length < 2)
        throw badInput(
          'input.unitIds',
          '请选择与提出异议的单位存在争议的单位。Name the unit the objecting unit disputes competence with.',
        );
      const directory = new Map((await this.units().all()).map((u) => [u.id, u]));
      const superior = commonSuperior(disputing, (u) => directory.get(u));
      if (!superior)
        throw badInput(
          'input.unitIds',
          '这些单位没有共同的上一级机关，请提请信访工作联席会议协调。These units have no common superior: refer the dispute to the joint conference.',
        );
      if (isReportedOn(petition, superior.id))
        throw badInput(
          'input.unitIds',
          '这些单位共同的上一级机关正是被检举的单位，请提请信访工作联席会议协调。Their common superior is the unit reported on: refer the dispute to the joint conference.',
        );
      await new Clocks(tx).meet(petition, [DeadlineKind.DISPOSAL], now);
      // the regulations give the superior no period: it gets the disposal period of its own rule
      // set, so that it is reminded and supervised like any other duty (docs/procedure.md)
      const decision = new Clocks(tx).open(
        petition,
        DeadlineKind.COMPETENCE_DECISION,
        'DISPOSAL',
        rulesOf(superior),
        'COMPETENCE_REFERRED',
        now,
        superior.id,
      );
      this.task(tx, petition, TaskKind.COMPETENCE_DECISION, superior, decision.dueAt, now, reason);
      this.document(tx, petition, DocumentKind.COMPETENCE_REFERRAL, petition.receivingUnitId, now, {
        text: `争议单位：${disputing.map((u) => u.name).join('、')}。${reason}`,
        visibleToPetitioner: false,
      });
      return {
        // the petitioner learns who decides, not the units' arguments
        note: `已提请${superior.name}决定受理机关。Referred to ${superior.name} to decide which unit is competent.`,
        unitId: petition.receivingUnitId,
        payload: { disputingUnitIds: disputing.map((u) => u.id), superiorUnitId: superior.id },
      };
    });
  }

  /** The common superior names the competent unit; its decision binds (no objection follows). */
  async decideCompetence(
    id: string,
    command: CompetenceDecisionCommand,
    expectedVersion?: number | null,
  ): Promise<Petition> {
    return this.act(id, PetitionAction.DECIDE_COMPETENCE, expectedVersion, async (tx, petition, now) => {
      const note = clean(command.note, 'input.note');
      const unit = await this.handlingUnit(command.unitId, 'input.unitId');
      refuseReportedUnit(petition, unit.id, 'input.unitId');
      const decision = await tx.findOneOrFail(DeadlineEntity, {
        petition: petition.id,
        kind: DeadlineKind.COMPETENCE_DECISION,
        metAt: null,
        closedAt: null,
      });
      const superior = await this.requireUnit(decision.unitId!);
      await new Clocks(tx).meet(petition, [DeadlineKind.COMPETENCE_DECISION], now);
      await tx.nativeUpdate(
        PetitionTaskEntity,
        { petition: petition.id, kind: TaskKind.COMPETENCE_DECISION, doneAt: null },
        { doneAt: now, report: note, reportedById: this.viewer.accountId },
      );
      // the decision binds: no objection window this time
      this.handOver(tx, petition, unit, 'FORWARD', 'COMPETENCE_DECIDED', now, note, false);
      this.document(tx, petition, DocumentKind.COMPETENCE_DECISION, superior.id, now, {
        text: `经${superior.name}决定，本事项由${unit.name}受理。${note ?? ''} ${superior.name} decided that ${unit.name} is competent.`,
      });
      return { note, unitId: superior.id, payload: { unitId: unit.id } };
    });
  }

  /** One extension of handling, approved by the unit head, the reason told to the petitioner (R-P8). */
  async extend(id: string, days: number, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.EXTEND, expectedVersion, async (tx, petition, now) => {
      const text = required(reason, 'reason', '请写明延期理由。Write why handling needs more time.');
      const clocks = new Clocks(tx);
      const handling = await clocks.running(petition, DeadlineKind.HANDLING);
      clocks.extend(handling, days, text);
      this.document(tx, petition, DocumentKind.EXTENSION_NOTICE, petition.leadUnitId, now, {
        text: `办理期限延长${days}日，至${chinaDate(handling.dueAt)}。理由：${text} Handling extended by ${days} days, to ${chinaDate(handling.dueAt)}.`,
      });
      return { note: text, unitId: petition.leadUnitId, payload: { days, dueAt: handling.dueAt.toISOString() } };
    });
  }

  async reply(id: string, command: ReplyCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.REPLY, expectedVersion, async (tx, petition, now) => {
      const facts = required(command.facts, 'input.facts', '请写明查明的事实。Write the facts found.');
      const reasons = required(command.reasons, 'input.reasons', '请写明处理理由。Write the reasons.');
      const legalBasis = required(command.legalBasis, 'input.legalBasis', '请写明法律依据。Write the legal basis.');
      await new Clocks(tx).meet(petition, [DeadlineKind.HANDLING], now);
      await tx.nativeUpdate(
        PetitionTaskEntity,
        { petition: petition.id, kind: TaskKind.LEAD, doneAt: null },
        { doneAt: now },
      );
      const unit = await this.requireUnit(petition.leadUnitId!);
      petition.mediated = Boolean(command.mediated);
      this.document(
        tx,
        petition,
        petition.mediated ? DocumentKind.MEDIATION_AGREEMENT : DocumentKind.REPLY,
        unit.id,
        now,
        {
          outcome: command.outcome,
          facts,
          reasons,
          legalBasis,
          remedy: petition.mediated ? MEDIATION_NOTE : REVIEW_NOTE,
        },
      );
      // the petitioner's window to ask for review; a mediation agreement has none
      if (!petition.mediated)
        new Clocks(tx).open(
          petition,
          DeadlineKind.REVIEW_REQUEST,
          'REVIEW_REQUEST',
          rulesOf(unit),
          'REPLIED',
          now,
          null,
        );
      return { note: null, unitId: unit.id, payload: { outcome: command.outcome } };
    });
  }

  /** The signed-in petitioner rates their petition (scope and rights checked as for any step). */
  async evaluate(id: string, command: EvaluateCommand): Promise<Petition> {
    return this.rate(id, command, false);
  }

  /**
   * The petitioner rates without signing in: the tracking code and phone ending are checked
   * here, under the tracking throttle, and only the petition they open may be rated.
   */
  async evaluateByTrackingCode(credentials: TrackingCredentials, command: EvaluateCommand): Promise<Petition> {
    if (!this.tracking) throw new Error('tracking codes are checked only within a request');
    const id = await this.tracking.petitionIdOf(credentials.trackingCode, credentials.phoneLast4);
    return this.rate(id, command, true);
  }

  private async rate(id: string, command: EvaluateCommand, byTrackingCode: boolean): Promise<Petition> {
    return this.act(
      id,
      PetitionAction.EVALUATE,
      null,
      async (tx, petition, now) => {
        const unitId =
          command.target === EvaluationTarget.PETITION_OFFICE ? petition.receivingUnitId : petition.leadUnitId;
        if (!unitId) throw conflict('该事项尚无承办单位可评价。No responsible unit to rate yet.');
        const done = await tx.count(EvaluationEntity, { petition: petition.id, target: command.target });
        if (done) throw conflict('已评价过，不能重复评价。This has already been rated.');
        tx.create(EvaluationEntity, {
          id: newId(),
          petition,
          target: command.target,
          unitId,
          rating: command.rating,
          comment: clean(command.comment, 'input.comment'),
          at: now,
        });
        if (command.rating === Rating.UNSATISFIED) {
          const unit = await this.requireUnit(unitId);
          const due = followUpDue(rulesOf(unit), now);
          this.task(tx, petition, TaskKind.FOLLOW_UP, unit, due, now, command.comment ?? null);
        }
        return { note: null, unitId, payload: { target: command.target, rating: command.rating } };
      },
      byTrackingCode,
    );
  }

  async requestReview(id: string, reason: string, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.REQUEST_REVIEW, expectedVersion, async (tx, petition, now) => {
      const text = required(reason, 'reason', '请写明请求复查（复核）的理由。Write why you ask for review.');
      const reReview = petition.status === PetitionStatus.REVIEWED;
      await new Clocks(tx).meet(
        petition,
        [reReview ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST],
        now,
      );
      const handled = await this.requireUnit((reReview ? petition.reviewUnitId : petition.leadUnitId)!);
      const reviewerId = reReview ? handled.reReviewUnitId : handled.reviewUnitId;
      const reviewer = await this.passingOverReportedUnit(
        petition,
        reviewerId ? await this.requireUnit(reviewerId) : handled,
      );
      petition.reviewUnitId = reviewer.id;
      new Clocks(tx).open(
        petition,
        reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW,
        reReview ? 'RE_REVIEW' : 'REVIEW',
        rulesOf(reviewer),
        'REVIEW_REQUESTED',
        now,
        reviewer.id,
      );
      return { note: text, unitId: reviewer.id, payload: { reReview } };
    });
  }

  async decideReview(id: string, command: ReplyCommand, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.DECIDE_REVIEW, expectedVersion, async (tx, petition, now) => {
      const facts = required(command.facts, 'input.facts', '请写明查明的事实。Write the facts found.');
      const reasons = required(command.reasons, 'input.reasons', '请写明处理理由。Write the reasons.');
      const legalBasis = required(command.legalBasis, 'input.legalBasis', '请写明法律依据。Write the legal basis.');
      const reReview = petition.status === PetitionStatus.IN_RE_REVIEW;
      await new Clocks(tx).meet(petition, [reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW], now);
      const reviewer = await this.requireUnit(petition.reviewUnitId!);
      this.document(
        tx,
        petition,
        reReview ? DocumentKind.RE_REVIEW_DECISION : DocumentKind.REVIEW_DECISION,
        reviewer.id,
        now,
        {
          outcome: command.outcome,
          facts,
          reasons,
          legalBasis,
          remedy: reReview ? CONCLUSION_NOTE : RE_REVIEW_NOTE,
        },
      );
      if (!reReview) {
        new Clocks(tx).open(
          petition,
          DeadlineKind.RE_REVIEW_REQUEST,
          'RE_REVIEW_REQUEST',
          rulesOf(reviewer),
          'REVIEW_DECIDED',
          now,
          null,
        );
      }
      return { note: null, unitId: reviewer.id, payload: { outcome: command.outcome, reReview } };
    });
  }

  /** A hearing stops the review clock; its days are added when it ends (R-P10, R-T1). */
  async holdHearing(id: string, note: string | null | undefined, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.HOLD_HEARING, expectedVersion, async (tx, petition, now) => {
      new Clocks(tx).pause(await this.reviewClock(tx, petition), now);
      return { note: clean(note, 'note'), unitId: petition.reviewUnitId, visible: true };
    });
  }

  async endHearing(id: string, note: string | null | undefined, expectedVersion?: number | null): Promise<Petition> {
    return this.act(id, PetitionAction.END_HEARING, expectedVersion, async (tx, petition, now) => {
      const paused = new Clocks(tx).resume(await this.reviewClock(tx, petition), now);
      return { note: clean(note, 'note'), unitId: petition.reviewUnitId, payload: { pausedDays: paused } };
    });
  }

  private async reviewClock(tx: EntityManager, petition: Petition): Promise<Deadline> {
    const kind = petition.status === PetitionStatus.IN_RE_REVIEW ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW;
    return new Clocks(tx).running(petition, kind);
  }

  /**
   * A unit reports on its task: a co-handling unit its part (R-X), the lead unit of an
   * assigned case its completion report once replied (R-P6), a unit its follow-up (R-P13).
   */
  async completeTask(taskId: string, report: string): Promise<PetitionTask> {
    const text = required(report, 'report', '请填写办理情况报告。Write the report.');
    const now = this.clock();
    return this.em.fork().transactional(async (tx) => {
      const task = isUuid(taskId)
        ? await tx.findOne(
            PetitionTaskEntity,
            { id: taskId, petition: scopeCondition(petitionScope(this.viewer)) },
            { populate: ['petition'] },
          )
        : null;
      if (!task || !this.viewer.units.some((u) => u.id === task.unitId))
        throw new DomainError(ErrorCode.NOT_FOUND, '未找到该任务。No such task.');
      if (!this.viewer.roles.some((r) => r === Role.UNIT_HANDLER || r === Role.UNIT_HEAD)) throw forbidden();
      if (task.kind === TaskKind.LEAD) throw conflict('主办任务以答复意见办结。The lead task ends with the reply.');
      if (task.kind === TaskKind.COMPETENCE_DECISION)
        throw conflict('请以“决定受理机关”办结该任务。This task ends with the decision on competence.');
      if (task.doneAt) throw conflict('该任务已报告。This task has already been reported.');
      const petition = task.petition as Petition;
      if (task.kind === TaskKind.COMPLETION_REPORT && !REPLIED_OR_LATER.includes(petition.status))
        throw conflict('请在出具答复意见后报送办结报告。Report completion after the reply.');
      task.doneAt = now;
      task.report = text;
      task.reportedById = this.viewer.accountId;
      if (task.kind === TaskKind.COMPLETION_REPORT)
        this.document(tx, petition, DocumentKind.COMPLETION_REPORT, task.unitId, now, {
          text,
          visibleToPetitioner: false,
        });
      this.history(tx, petition, {
        at: now,
        action: `TASK_${task.kind}_DONE`,
        fromStatus: petition.status,
        toStatus: petition.status,
        note: text,
        visibleToPetitioner: false,
        actorUnitId: task.unitId,
      });
      recordEvent(tx, 'TaskCompleted', petition.id, { taskId: task.id, kind: task.kind, unitId: task.unitId }, now);
      await tx.flush();
      return task;
    });
  }

  /** A staff member with an interest stands aside: no further step on it is theirs (R-P8, Art. 28). */
  async recuse(id: string, reason: string): Promise<Petition> {
    const text = required(reason, 'reason', '请写明回避理由。Write why you stand aside.');
    const now = this.clock();
    return this.em.fork().transactional(async (tx) => {
      const petition = isUuid(id)
        ? await tx.findOne(PetitionEntity, { $and: [{ id }, scopeCondition(petitionScope(this.viewer))] })
        : null;
      if (!petition || !this.viewer.accountId)
        throw new DomainError(ErrorCode.NOT_FOUND, '未找到该信访事项。No such petition.');
      const already = await tx.count(RecusalEntity, { petition: petition.id, accountId: this.viewer.accountId });
      if (already) throw conflict('您已申请回避。You already stand aside from this petition.');
      tx.create(RecusalEntity, { id: newId(), petition, accountId: this.viewer.accountId, reason: text, at: now });
      const unitId = this.viewer.units[0]?.id ?? null;
      this.history(tx, petition, {
        at: now,
        action: 'RECUSED',
        fromStatus: petition.status,
        toStatus: petition.status,
        note: text,
        visibleToPetitioner: false,
        actorUnitId: unitId,
      });
      recordEvent(tx, 'StaffRecused', petition.id, { accountId: this.viewer.accountId }, now);
      await tx.flush();
      return petition;
    });
  }

  // ---------------------------------------------------------------------------------------

  /**
   * One step: load within scope, check the state machine, the viewer and the clocks, apply
   * the change, and write the petition (version-checked), its history entry and its event
   * in one transaction.
   */
  private async act(
    id: string,
    action: PetitionAction,
    expectedVersion: number | null | undefined,
    apply: (
      tx: EntityManager,
      petition: Petition,
      now: Date,
    ) => Promise<{ note: string | null; unitId?: string | null; visible?: boolean; payload?: Record<string, unknown> }>,
    viaTracking = false,
  ): Promise<Petition> {
    const now = this.clock();
    try {
      return await this.em.fork().transactional(async (tx) => {
        const petition = await tx.findOne(
          PetitionEntity,
          viaTracking ? { id } : { $and: [{ id }, scopeCondition(petitionScope(this.viewer))] },
        );
        if (!petition) throw new DomainError(ErrorCode.NOT_FOUND, '未找到该信访事项。No such petition.');
        if (expectedVersion != null && expectedVersion !== petition.version) throw staleConflict();
        const to = nextStatus(petition.status, action);
        if (!to)
          throw conflict(
            `该信访事项当前状态（${petition.status}）不能进行此项操作。This step is not possible while the petition is ${petition.status}.`,
          );
        const { facts, recused } = (await this.stepFactsOf(tx, [petition])).get(petition.id)!;
        if (
          !viaTracking &&
          !mayAct(this.viewer, petition, action, await this.actingContext(petition, facts.open, recused))
        )
          throw forbidden();
        const timing = this.timingAllows(petition, action, facts);
        if (timing) throw conflict(timing);
        const from = petition.status;
        const result = await apply(tx, petition, now);
        petition.status = to;
        const actorUnitId = result.unitId ?? this.viewer.units[0]?.id ?? null;
        this.history(tx, petition, {
          at: now,
          action: HISTORY_ACTION[action],
          fromStatus: from,
          toStatus: to,
          note: result.note,
          visibleToPetitioner: result.visible ?? true,
          actorUnitId,
        });
        if (to === PetitionStatus.RE_REVIEWED) {
          petition.status = PetitionStatus.CONCLUDED;
          petition.concludedAt = now;
          this.history(tx, petition, {
            at: now,
            action: 'CONCLUDED',
            fromStatus: to,
            toStatus: PetitionStatus.CONCLUDED,
            visibleToPetitioner: true,
            actorUnitId,
          });
        }
        await tx.flush();
        petition.currentDueAt = await new Clocks(tx).firstDueAt(petition.id);
        recordEvent(
          tx,
          eventTypeOf(action),
          petition.id,
          publishable(petition, {
            from,
            to: petition.status,
            unitId: actorUnitId,
            actorId: this.viewer.accountId,
            ...result.payload,
          }),
          now,
        );
        await tx.flush();
        return petition;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw staleConflict();
      throw error;
    }
  }

  /** A reason the clock refuses the step now, or null. */
  private timingAllows(petition: Petition, action: PetitionAction, facts: StepFacts): string | null {
    const now = this.clock().getTime();
    const openOf = (kind: DeadlineKind) => facts.open.find((d) => d.kind === kind);
    switch (action) {
      case PetitionAction.FORWARD:
      case PetitionAction.ASSIGN:
      case PetitionAction.REDIRECT:
        return openOf(DeadlineKind.COMPETENCE_DECISION)
          ? '已提请共同的上一级机关决定受理机关，请等待其决定。The common superior is deciding who is competent.'
          : null;
      case PetitionAction.REFER_COMPETENCE:
        if (openOf(DeadlineKind.COMPETENCE_DECISION))
          return '已提请共同的上一级机关决定受理机关。The dispute is already with the common superior.';
        return facts.objections > 0
          ? null
          : '尚无单位提出异议，受理机关没有争议。No unit has objected: competence is not disputed.';
      case PetitionAction.DECIDE_COMPETENCE:
        return openOf(DeadlineKind.COMPETENCE_DECISION)
          ? null
          : '没有待决定的受理争议。No disputed competence awaits a decision.';
      case PetitionAction.OBJECT: {
        const window = openOf(DeadlineKind.OBJECTION);
        if (!window)
          return '受理机关已由共同的上一级机关决定，不能再提出异议。The common superior decided your unit is competent: no objection is possible.';
        return window.dueAt.getTime() >= now
          ? null
          : '提出异议的期限（5个工作日）已过，请依法受理或不予受理。The 5 working days to object have passed.';
      }
      case PetitionAction.EXTEND: {
        const handling = openOf(DeadlineKind.HANDLING);
        if (!handling) return '当前没有可延长的办理期限。No handling time limit to extend.';
        return handling.extensionDays > 0 ? '办理期限只能延长一次。Handling may be extended once only.' : null;
      }
      case PetitionAction.REQUEST_REVIEW: {
        if (petition.mediated)
          return '该事项已达成调解协议，不适用复查。The matter ended with a mediation agreement: there is no review.';
        const window = openOf(
          petition.status === PetitionStatus.REVIEWED ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST,
        );
        return window && window.dueAt.getTime() >= now
          ? null
          : '请求复查（复核）的期限（30日）已过。The 30 days to ask for review have passed.';
      }
      case PetitionAction.HOLD_HEARING:
      case PetitionAction.END_HEARING: {
        const kind = petition.status === PetitionStatus.IN_RE_REVIEW ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW;
        const clock = openOf(kind);
        if (!clock) return '当前没有可中止的复查（复核）期限。No review clock is running.';
        if (action === PetitionAction.HOLD_HEARING && clock.pausedAt)
          return '听证已在进行中。A hearing is already under way.';
        if (action === PetitionAction.END_HEARING && !clock.pausedAt)
          return '当前没有进行中的听证。No hearing is under way.';
        return null;
      }
      case PetitionAction.EVALUATE:
        return facts.evaluations >= 2 ? '已评价过，不能重复评价。This has already been rated.' : null;
      default:
        return null;
    }
  }

  /**
   * What the clocks and the record say about each petition, and whether the viewer stood
   * aside from it: four queries however many petitions (one step, or a page's allowedActions).
   */
  private async stepFactsOf(
    em: EntityManager,
    petitions: Petition[],
  ): Promise<Map<string, { facts: StepFacts; recused: boolean }>> {
    const ids = petitions.map((p) => p.id);
    const registered = petitions.filter((p) => p.status === PetitionStatus.REGISTERED).map((p) => p.id);
    const [open, evaluations, objections, recusals] = await Promise.all([
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
    ]);
    const of = <T extends { petition: { id: string } }>(rows: T[], id: string) =>
      rows.filter((r) => r.petition.id === id);
    return new Map(
      ids.map((id) => [
        id,
        {
          facts: { open: of(open, id), evaluations: of(evaluations, id).length, objections: of(objections, id).length },
          recused: of(recusals, id).length > 0,
        },
      ]),
    );
  }

  private async actingContext(petition: Petition, open: Deadline[], recused: boolean): Promise<ActingContext> {
    const reviewing = petition.status === PetitionStatus.IN_REVIEW || petition.status === PetitionStatus.IN_RE_REVIEW;
    const decidingUnitId = open.find((d) => d.kind === DeadlineKind.COMPETENCE_DECISION)?.unitId;
    return {
      recused,
      reviewUnit:
        reviewing && petition.reviewUnitId ? ((await this.directory?.get(petition.reviewUnitId)) ?? null) : null,
      decidingUnit: decidingUnitId ? ((await this.directory?.get(decidingUnitId)) ?? null) : null,
    };
  }

  /**
   * A report is not reviewed by the unit it reports on (R-P12): the government above that unit
   * reviews it instead; with none above (the city government), the petitioner is told so.
   */
  private async passingOverReportedUnit(petition: Petition, reviewer: DirectoryUnit): Promise<DirectoryUnit> {
    if (!isReportedOn(petition, reviewer.id)) return reviewer;
    const above = reviewer.reviewUnitId && reviewer.reviewUnitId !== reviewer.id ? reviewer.reviewUnitId : null;
    if (!above)
      throw badInput(
        'id',
        '复查（复核）机关正是被检举的单位，请向信访工作联席会议提出。The reviewing unit is the unit reported on: ask the joint conference instead.',
      );
    return this.requireUnit(above);
  }

  private async requireUnit(id: string): Promise<DirectoryUnit> {
    const unit = await this.units().get(id);
    if (!unit) throw new Error(`unit ${id} is not in the unit directory`);
    return unit;
  }

  /** A unit that can handle a petition: a government, office or department, not a region. */
  private async handlingUnit(id: string | null | undefined, field: string): Promise<DirectoryUnit> {
    const unit = id ? await this.units().get(id) : undefined;
    if (!unit || unit.kind === UnitKind.REGION)
      throw badInput(
        field,
        '请选择承办单位（政府、部门或信访机构）。Choose a responsible unit (a government, department or office).',
      );
    return unit;
  }

  private units(): UnitLookup {
    if (!this.directory)
      throw new Error('the unit directory is not configured (UNITS_INTERNAL_URL, SERVICE_TOKEN_PRIVATE_KEY)');
    return this.directory;
  }

  /** The lead unit takes the petition over: its acceptance clock (and objection window), its task. */
  private handOver(
    tx: EntityManager,
    petition: Petition,
    unit: DirectoryUnit,
    mode: DisposeCommand['mode'],
    startEvent: string,
    now: Date,
    note: string | null,
    mayObject: boolean,
  ): void {
    petition.leadUnitId = unit.id;
    petition.disposalMode = mode;
    const rules = rulesOf(unit);
    new Clocks(tx).open(petition, DeadlineKind.ACCEPTANCE, 'ACCEPTANCE', rules, startEvent, now, unit.id);
    if (mayObject) new Clocks(tx).open(petition, DeadlineKind.OBJECTION, 'OBJECTION', rules, startEvent, now, unit.id);
    this.task(tx, petition, TaskKind.LEAD, unit, null, now, note);
  }

  private task(
    tx: EntityManager,
    petition: Petition,
    kind: TaskKind,
    unit: DirectoryUnit,
    dueAt: Date | null,
    now: Date,
    note: string | null,
  ): void {
    // the unit's rule set, which also gives the answer date of a supervision order over it
    const rule = ruleRefOf(rulesOf(unit));
    tx.create(PetitionTaskEntity, {
      id: newId(),
      petition,
      kind,
      unitId: unit.id,
      dueAt,
      ...rule,
      createdAt: now,
      note,
    });
  }

  private document(
    tx: EntityManager,
    petition: Petition,
    kind: DocumentKind,
    unitId: string | null | undefined,
    at: Date,
    body: (
      | { text: string; remedy?: never }
      // an opinion: its text is its parts, then what the petitioner may do next
      | { text?: never; remedy: string; facts: string; reasons: string; legalBasis: string }
    ) & {
      outcome?: ReplyOutcome;
      facts?: string;
      reasons?: string;
      legalBasis?: string;
      visibleToPetitioner?: boolean;
    },
  ): void {
    const text = body.text ?? `${body.facts}\n${body.reasons}\n${body.legalBasis}\n${body.remedy}`;
    tx.create(PetitionDocumentEntity, {
      id: newId(),
      petition,
      kind,
      unitId: unitId ?? null,
      issuedById: this.viewer.accountId,
      issuedAt: at,
      outcome: body.outcome ?? null,
      facts: body.facts ?? null,
      reasons: body.reasons ?? null,
      legalBasis: body.legalBasis ?? null,
      remedy: body.remedy ?? null,
      text,
      visibleToPetitioner: body.visibleToPetitioner ?? true,
    });
  }

  /** A timeline entry by this viewer. */
  private history(tx: EntityManager, petition: Petition, entry: Omit<HistoryEntry, 'actorId'>): void {
    addHistory(tx, petition, { ...entry, actorId: this.viewer.accountId });
  }
}

const REPLIED_OR_LATER: PetitionStatus[] = [
  PetitionStatus.REPLIED,
  PetitionStatus.IN_REVIEW,
  PetitionStatus.REVIEWED,
  PetitionStatus.IN_RE_REVIEW,
  PetitionStatus.RE_REVIEWED,
  PetitionStatus.CONCLUDED,
];

const REVIEW_NOTE =
  '如对本处理意见不服，可自收到之日起30日内向原办理机关的同级人民政府或其上一级主管部门请求复查。If you disagree, you may ask for review within 30 days of receiving this reply.';
const RE_REVIEW_NOTE =
  '如对复查意见不服，可自收到之日起30日内向复查机关的上一级行政机关请求复核。If you disagree, you may ask for re-review within 30 days.';
const MEDIATION_NOTE =
  '双方已自愿达成调解协议，本事项办理终结，请双方依约履行。Both sides agreed to settle: the matter ends here; please carry out the agreement.';
const CONCLUSION_NOTE =
  '本复核意见为最终意见，同一事实和理由提出的信访事项不再受理。This re-review is final: the same matter on the same facts will not be accepted again.';

/** `PetitionForwarded`, `PetitionReviewRequested`, …: the outbox event of an action. */
const eventTypeOf = (action: PetitionAction) => `Petition${eventName(HISTORY_ACTION[action])}`;

const staleConflict = () =>
  conflict('该信访事项已被他人更新，请刷新后重试。Someone else changed this petition meanwhile: reload and try again.');

function clean(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > TEXT_MAX) throw badInput(field, `不能超过${TEXT_MAX}字。At most ${TEXT_MAX} characters.`);
  return text || null;
}

function required(value: string | null | undefined, field: string, message: string): string {
  const text = clean(value, field);
  if (!text) throw badInput(field, message);
  return text;
}
