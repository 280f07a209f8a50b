import { DAY, LIBRARY_CALENDAR, recordedRulesOf, type LimitKind, type RuleSet } from './calendar.js';
import {
  type DeadlineKind,
  HISTORY_ACTION,
  WINDOW_KINDS,
  answerDue,
  clockEndingNote,
  clockMissedNote,
  eventName,
  extended,
  nextStatus,
  openClock,
  overdueOrderNote,
  publishable,
  trailNote,
  versionOf,
  type PetitionAction,
} from '@tjxf/petitions';
import type { PetitionKind, PetitionStatus } from '@tjxf/domain';
import type { Random } from './random.js';
import { clockRow, orderRow, taskRow, type Clock, type Order, type Task } from './records.js';
import type { Rows } from './rows.js';

const MINUTE = 60_000;

/** The petition row's facts the life changes and the disclosure rule reads. */
export interface PetitionFacts {
  id: string;
  kind: PetitionKind;
  confidential: boolean;
  respondentUnitId: string | null;
  submitterAccountId: string | null;
  receivingUnitId: string;
  status: PetitionStatus;
  leadUnitId: string | null;
  disposalMode: string | null;
  reviewUnitId: string | null;
  simplified: boolean;
  concludedAt: Date | null;
  version: number;
  updatedAt: Date;
}

/** What a step writes besides its status change: as a handler's `StepOutcome`. */
export interface StepWrite {
  unitId: string | null;
  actorId: string | null;
  note?: string | null;
  visible?: boolean;
  payload?: Record<string, unknown>;
}

/**
 * One petition's life, written as the petitions service writes it: each step checked against
 * the procedure's state machine (`nextStatus`), its clocks opened and met by the rule sets on
 * the work calendar (`openClock`, `extended`), `DeadlineMet` before the step's own event, and
 * what the scheduler would have done meanwhile (reminders, `DeadlineOverdue`, an automatic
 * 催办 order, `TaskOverdue`) at the moment its round would have done it. Rows go to `rows`.
 */
export class Life {
  private readonly clocks: Clock[] = [];
  private readonly tasks: Task[] = [];
  private readonly orders: Order[] = [];
  /** What the scheduler (or a unit, unprompted) does at a time: run in time order before each step. */
  private readonly pending: { at: Date; run: () => void }[] = [];
  private last: Date;

  constructor(
    readonly petition: PetitionFacts,
    private readonly rows: Rows,
    private readonly random: Random,
    receivedAt: Date,
    /** Nothing happens after it: the history ends here. */
    readonly now: Date,
  ) {
    this.last = receivedAt;
  }

  /** Whether a step at `at` is still in the past. */
  happened(at: Date): boolean {
    return at.getTime() <= this.now.getTime();
  }

  get status(): PetitionStatus {
    return this.petition.status;
  }

  /** Opens a limit of `rules` from `start`: what `Clocks.open` writes. */
  open(kind: DeadlineKind, limit: LimitKind, rules: RuleSet, startEvent: string, start: Date, unitId: string | null) {
    const clock: Clock = {
      id: this.random.id(start),
      kind,
      unitId,
      ...openClock(LIBRARY_CALENDAR, rules, limit, start),
      startEvent,
      metAt: null,
      closedAt: null,
      extensionDays: 0,
      extensionReason: null,
      remindedAt: null,
      overdueAt: null,
    };
    this.clocks.push(clock);
    this.watch(clock);
    return clock;
  }

  running(kind: DeadlineKind): Clock | undefined {
    return this.clocks.find((c) => c.kind === kind && !c.metAt && !c.closedAt);
  }

  /** `Clocks.meet`: `DeadlineMet` for each running clock of `kinds`, then stopped. */
  meet(kinds: DeadlineKind[], at: Date): void {
    for (const clock of this.clocks.filter((c) => kinds.includes(c.kind) && !c.metAt && !c.closedAt)) {
      this.answerOrders(clock.unitId, at);
      this.event('DeadlineMet', at, {
        kind: clock.kind,
        unitId: clock.unitId,
        dueAt: clock.dueAt.toISOString(),
        metAt: at.toISOString(),
        onTime: at <= clock.dueAt,
      });
      clock.metAt = at;
    }
  }

  /** One extension of a clock (R-P8), recounted on the calendar as `Clocks.extend`. */
  extend(clock: Clock, days: number, reason: string): void {
    Object.assign(clock, extended(LIBRARY_CALENDAR, { ...clock, pausedDays: 0 } as never, days), {
      extensionReason: reason,
    });
    this.watch(clock);
  }

  task(kind: string, unitId: string, rules: RuleSet, dueAt: Date | null, at: Date, note: string | null): Task {
    const task: Task = {
      id: this.random.id(at),
      kind,
      unitId,
      dueAt,
      rules,
      createdAt: at,
      doneAt: null,
      note,
      report: null,
      reportedById: null,
      overdueAt: null,
    };
    this.tasks.push(task);
    if (dueAt)
      this.later(new Date(dueAt.getTime() + MINUTE), () => {
        if (task.doneAt || task.overdueAt) return;
        const at = new Date(dueAt.getTime() + MINUTE);
        task.overdueAt = at;
        this.event('TaskOverdue', at, { taskId: task.id, kind: task.kind, unitId: task.unitId });
        this.urge(
          task.unitId,
          kind === 'COMPLETION_REPORT' ? 'RESULT_NOT_REPORTED' : 'DEADLINE_MISSED',
          at,
          task.rules,
          '',
        );
      });
    return task;
  }

  leadTasksDone(at: Date): void {
    for (const t of this.tasks) if (t.kind === 'LEAD' && !t.doneAt) t.doneAt = at;
  }

  /** A unit reports its task done (`completeTask`): `TaskCompleted`, when that is in the past. */
  completeTask(task: Task, at: Date, report: string, actorId: string | null): void {
    this.later(at, () => {
      this.answerOrders(task.unitId, at);
      task.doneAt = at;
      task.report = report;
      task.reportedById = actorId;
      this.event('TaskCompleted', at, { taskId: task.id, kind: task.kind, unitId: task.unitId });
    });
  }

  document(kind: string, unitId: string | null, issuedById: string | null, at: Date, body: DocumentBody): void {
    const text = body.text ?? `${body.facts}\n${body.reasons}\n${body.legalBasis}\n${body.remedy}`;
    this.rows.push('petition_document', [
      this.random.id(at),
      this.petition.id,
      kind,
      unitId,
      issuedById,
      at,
      body.outcome ?? null,
      body.facts ?? null,
      body.reasons ?? null,
      body.legalBasis ?? null,
      body.remedy ?? null,
      text,
      body.visibleToPetitioner ?? true,
    ]);
  }

  evaluation(target: string, unitId: string, rating: string, at: Date): void {
    this.rows.push('evaluation', [this.random.id(at), this.petition.id, target, unitId, rating, null, at]);
  }

  /** Everything the scheduler did up to `at`, in the order of its rounds. */
  catchUp(at: Date): void {
    for (;;) {
      let first = -1;
      for (let i = 0; i < this.pending.length; i++)
        if (
          this.pending[i]!.at.getTime() <= at.getTime() &&
          (first < 0 || this.pending[i]!.at < this.pending[first]!.at)
        )
          first = i;
      if (first < 0) return;
      const [next] = this.pending.splice(first, 1);
      next!.run();
    }
  }

  /**
   * One step of the procedure, as `ProcedureService.act` writes it: `run` is the handler (meets
   * and opens clocks, writes documents and tasks) and returns what the history entry and event say.
   */
  step(action: PetitionAction, at: Date, run: () => StepWrite): void {
    this.catchUp(at);
    const from = this.petition.status;
    const to = nextStatus(from, action);
    if (!to) throw new Error(`the procedure does not allow ${action} from ${from} (petition ${this.petition.id})`);
    const result = run();
    this.petition.status = to;
    this.petition.version++;
    this.petition.updatedAt = at;
    const entry = { unitId: result.unitId, actorId: result.actorId };
    this.history(at, HISTORY_ACTION[action], from, to, result.note ?? null, result.visible ?? true, entry);
    if (to === 'RE_REVIEWED') {
      this.petition.status = 'CONCLUDED' as PetitionStatus;
      this.petition.concludedAt = at;
      this.history(at, 'CONCLUDED', to, this.petition.status, null, true, entry);
    }
    const payload = {
      from,
      to: this.petition.status,
      unitId: result.unitId,
      actorId: result.actorId,
      ...result.payload,
    };
    this.event(`Petition${eventName(HISTORY_ACTION[action])}`, at, publishable(this.petition, payload));
  }

  history(
    at: Date,
    action: string,
    from: string | null,
    to: string | null,
    note: string | null,
    visible: boolean,
    by: { unitId: string | null; actorId: string | null },
  ): void {
    this.rows.push('petition_history', [
      this.random.id(at),
      this.petition.id,
      at,
      action,
      by.actorId,
      by.unitId,
      from,
      to,
      note,
      visible,
    ]);
  }

  event(type: string, at: Date, payload: Record<string, unknown>): void {
    if (at < this.last) throw new Error(`${type} at ${at.toISOString()} before ${this.last.toISOString()}`);
    this.last = at;
    this.rows.push('outbox_event', [this.random.id(at), type, versionOf(type), this.petition.id, at, payload]);
  }

  /** The clocks, tasks and orders as rows; the petition's first running duty. */
  finish(): Date | null {
    this.catchUp(this.now);
    for (const c of this.clocks) this.rows.push('deadline', clockRow(this.petition.id, c));
    for (const t of this.tasks) this.rows.push('petition_task', taskRow(this.petition.id, t));
    for (const o of this.orders) this.rows.push('supervision_order', orderRow(this.petition.id, o));
    const running = this.clocks
      .filter((c) => !c.metAt && !c.closedAt && !WINDOW_KINDS.includes(c.kind))
      .map((c) => c.dueAt.getTime());
    return running.length ? new Date(Math.min(...running)) : null;
  }

  private later(at: Date, run: () => void): void {
    if (this.happened(at)) this.pending.push({ at, run });
  }

  /** The scheduler's reminder and overdue flag for a duty clock at its (current) end. */
  private watch(clock: Clock): void {
    if (WINDOW_KINDS.includes(clock.kind)) return;
    const dueAt = clock.dueAt;
    const rules = recordedRulesOf(clock);
    const remindAt = new Date(
      Math.max(dueAt.getTime() - rules.reminderDaysBefore * DAY, clock.startAt.getTime()) + MINUTE,
    );
    const current = () => !clock.metAt && !clock.closedAt && clock.dueAt.getTime() === dueAt.getTime();
    if (remindAt < dueAt)
      this.later(remindAt, () => {
        if (!current() || clock.remindedAt) return;
        clock.remindedAt = remindAt;
        this.history(remindAt, 'DEADLINE_REMINDER', null, null, clockEndingNote(clock.kind, dueAt), false, {
          unitId: clock.unitId,
          actorId: null,
        });
        this.event('DeadlineReminder', remindAt, {
          kind: clock.kind,
          unitId: clock.unitId,
          dueAt: dueAt.toISOString(),
        });
      });
    const overdueAt = new Date(dueAt.getTime() + MINUTE);
    this.later(overdueAt, () => {
      if (!current() || clock.overdueAt) return;
      clock.overdueAt = overdueAt;
      this.history(overdueAt, 'DEADLINE_OVERDUE', null, null, clockMissedNote(clock.kind, dueAt), false, {
        unitId: clock.unitId,
        actorId: null,
      });
      this.event('DeadlineOverdue', overdueAt, { kind: clock.kind, unitId: clock.unitId, dueAt: dueAt.toISOString() });
      if (clock.unitId)
        this.urge(clock.unitId, 'DEADLINE_MISSED', overdueAt, rules, overdueOrderNote(clock.kind, dueAt));
    });
  }

  /** The scheduler's automatic 催办 (at most one open per petition and unit); the unit answers it in a few days. */
  private urge(unitId: string, trigger: string, at: Date, rules: RuleSet, note: string): void {
    if (this.orders.some((o) => o.unitId === unitId && !o.answeredAt)) return;
    const due = answerDue(LIBRARY_CALENDAR, rules, at);
    const order: Order = {
      id: this.random.id(at),
      unitId,
      trigger,
      note: note || '请抓紧办理，并书面报告办理情况。',
      issuedAt: at,
      dueAt: due.dueAt,
      rules,
      answeredAt: null,
      answer: null,
    };
    this.orders.push(order);
    this.trail('SUPERVISION_ISSUED', order, at, null);
    const answerAt = new Date(
      Math.min(at.getTime() + this.random.skewed(2 * DAY, 6 * DAY), due.dueAt.getTime() - 60 * MINUTE),
    );
    this.later(new Date(Math.max(answerAt.getTime(), at.getTime() + MINUTE)), () =>
      this.answer(order, new Date(Math.max(answerAt.getTime(), at.getTime() + MINUTE))),
    );
  }

  /** A step by a unit answers the orders still open over it (it reports what it did). */
  private answerOrders(unitId: string | null, at: Date): void {
    for (const o of this.orders) if (o.unitId === unitId && !o.answeredAt) this.answer(o, at);
  }

  private answer(order: Order, at: Date): void {
    if (order.answeredAt) return;
    order.answeredAt = at;
    order.answer = '已按要求抓紧办理，办理情况见答复意见。';
    this.trail('SUPERVISION_ANSWERED', order, at, order.unitId);
  }

  private trail(action: string, order: Order, at: Date, unitId: string | null): void {
    this.history(at, action, null, null, trailNote('REMINDER', order.trigger as never, order.note), false, {
      unitId,
      actorId: null,
    });
    this.event(eventName(action), at, { orderId: order.id, level: 'REMINDER', unitId: order.unitId });
  }
}

export interface DocumentBody {
  text?: string;
  outcome?: string;
  facts?: string;
  reasons?: string;
  legalBasis?: string;
  remedy?: string;
  visibleToPetitioner?: boolean;
}
