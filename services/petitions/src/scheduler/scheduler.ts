import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { MikroORM } from '@tjxf/db-kit';
import { newId } from '@tjxf/domain';
import type { RuleSet, WorkCalendar } from '@tjxf/calendar';
import type { CalendarLookup } from '../calendar/work-calendar.service.js';
import { answerDue, recordedRules, reminderDue, reminderHorizon, rulesOfRecord } from '../deadline/clock.js';
import { DeadlineEntity, WINDOW_KINDS, type Deadline } from '../deadline/deadline.entity.js';
import { clockEndingNote, clockMissedNote, overdueOrderNote } from '../deadline/deadline.wording.js';
import { recordEvent } from '../outbox/outbox.js';
import { addHistory } from '../petition/history.js';
import type { Petition } from '../petition/petition.entity.js';
import { PetitionTaskEntity, TaskKind } from '../procedure/procedure.entity.js';
import {
  NEXT_LEVEL,
  SupervisionLevel,
  SupervisionOrderEntity,
  SupervisionTrigger,
  type SupervisionOrder,
} from '../supervision/supervision.entity.js';
import { writeTrail } from '../supervision/supervision.service.js';
import { lateTaskNote } from '../supervision/supervision.wording.js';

/** Defaults of {@link ProcedureScheduler}. */
export const SCHEDULER_DEFAULTS = {
  /** Rows handled per transaction; the rest waits for the next round. */
  batchSize: 200,
} as const;

export interface TickReport {
  reminded: number;
  overdue: number;
  supervisionOpened: number;
  escalated: number;
}

/**
 * Keeps the clocks (R-T1, R-SUP): reminds a unit before a deadline, flags it overdue when it
 * passes and opens a supervision order (催办) on the unit automatically, and escalates a
 * supervision order left unanswered to the next level. Everything it knows is in PostgreSQL:
 * each round claims its rows with `FOR UPDATE SKIP LOCKED` and marks them in the same
 * transaction, so several instances can run at once without doing anything twice, and a
 * crashed round is simply done again by the next one. The clock is a parameter.
 */
export class ProcedureScheduler {
  constructor(
    private readonly orm: MikroORM,
    /** The calendar the answer dates of automatic supervision orders are counted on. */
    private readonly calendars: CalendarLookup,
    private readonly options = SCHEDULER_DEFAULTS,
  ) {}

  /** One round at `now`: what the job queue runs each period (background.ts), and tests call with their own clock. */
  async tick(now = new Date()): Promise<TickReport> {
    const calendar = await this.calendars.current();
    const reminded = await this.remind(now);
    const { overdue, supervisionOpened } = await this.flagOverdue(now, calendar);
    const late = await this.flagLateTasks(now, calendar);
    const escalated = await this.escalate(now, calendar);
    return {
      reminded,
      overdue: overdue + late.overdue,
      supervisionOpened: supervisionOpened + late.supervisionOpened,
      escalated,
    };
  }

  private async remind(now: Date): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      // the furthest any rule set reminds ahead; each row is then checked against its own
      const rows = await this.claim(tx, { dueAt: { $gt: now, $lte: reminderHorizon(now) }, remindedAt: null });
      let count = 0;
      for (const d of rows) {
        if (!reminderDue(d, now)) continue;
        d.remindedAt = now;
        this.note(tx, d, 'DEADLINE_REMINDER', clockEndingNote(d.kind, d.dueAt), now);
        recordEvent(tx, 'DeadlineReminder', d.petition.id, { kind: d.kind, unitId: d.unitId, dueAt: d.dueAt }, now);
        count++;
      }
      await tx.flush();
      return count;
    });
  }

  private async flagOverdue(
    now: Date,
    calendar: WorkCalendar,
  ): Promise<{ overdue: number; supervisionOpened: number }> {
    return this.orm.em.fork().transactional(async (tx) => {
      const rows = await this.claim(tx, { dueAt: { $lt: now }, overdueAt: null });
      const urged = new Urging(tx, now, calendar);
      let supervisionOpened = 0;
      for (const d of rows) {
        d.overdueAt = now;
        this.note(tx, d, 'DEADLINE_OVERDUE', clockMissedNote(d.kind, d.dueAt), now);
        recordEvent(tx, 'DeadlineOverdue', d.petition.id, { kind: d.kind, unitId: d.unitId, dueAt: d.dueAt }, now);
        // a unit's clock (not the petitioner's window): the petition office urges it (催办)
        if (!d.unitId) continue;
        const note = overdueOrderNote(d.kind, d.dueAt);
        // answered under the rule set the missed clock ran under: the unit's when it opened
        const rules = recordedRules(d);
        if (await urged.open(d.petition, d.unitId, SupervisionTrigger.DEADLINE_MISSED, note, rules))
          supervisionOpened++;
      }
      await tx.flush();
      return { overdue: rows.length, supervisionOpened };
    });
  }

  /** Tasks not reported by their date: a co-handling part, a completion report, a follow-up. */
  private async flagLateTasks(
    now: Date,
    calendar: WorkCalendar,
  ): Promise<{ overdue: number; supervisionOpened: number }> {
    return this.orm.em.fork().transactional(async (tx) => {
      const late = await tx.find(
        PetitionTaskEntity,
        { doneAt: null, overdueAt: null, dueAt: { $lt: now } },
        { orderBy: { dueAt: 'asc' }, limit: this.options.batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      const urged = new Urging(tx, now, calendar);
      let supervisionOpened = 0;
      for (const task of late) {
        task.overdueAt = now;
        recordEvent(
          tx,
          'TaskOverdue',
          task.petition.id,
          { taskId: task.id, kind: task.kind, unitId: task.unitId },
          now,
        );
        const trigger =
          task.kind === TaskKind.COMPLETION_REPORT
            ? SupervisionTrigger.RESULT_NOT_REPORTED
            : SupervisionTrigger.DEADLINE_MISSED;
        const note = lateTaskNote(task.kind, task.dueAt ?? null);
        if (await urged.open(task.petition, task.unitId, trigger, note, rulesOfRecord(task))) supervisionOpened++;
      }
      await tx.flush();
      return { overdue: late.length, supervisionOpened };
    });
  }

  private async escalate(now: Date, calendar: WorkCalendar): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const late = await tx.find(
        SupervisionOrderEntity,
        { answeredAt: null, escalatedAt: null, dueAt: { $lt: now }, level: { $ne: SupervisionLevel.PUBLIC_NOTICE } },
        {
          orderBy: { dueAt: 'asc' },
          limit: this.options.batchSize,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      for (const order of late) {
        order.escalatedAt = now;
        const next = automaticOrder(
          tx,
          now,
          calendar,
          {
            petition: order.petition,
            unitId: order.unitId,
            level: NEXT_LEVEL[order.level]!,
            trigger: order.trigger,
            note: order.note ?? null,
            issuedByUnitId: order.issuedByUnitId ?? null,
            escalates: order,
          },
          rulesOfRecord(order),
        );
        writeTrail(tx, order.petition, 'SUPERVISION_ESCALATED', next, null, null, now);
      }
      await tx.flush();
      return late.length;
    });
  }

  /** Running clocks matching `where`, locked for this round; rows another instance holds are skipped. */
  private claim(tx: EntityManager, where: Record<string, unknown>): Promise<Deadline[]> {
    return tx.find(
      DeadlineEntity,
      // a paused clock (a hearing) neither nears nor passes its end
      { metAt: null, closedAt: null, pausedAt: null, kind: { $nin: WINDOW_KINDS }, ...where },
      { orderBy: { dueAt: 'asc' }, limit: this.options.batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
  }

  private note(tx: EntityManager, d: Deadline, action: string, note: string, at: Date): void {
    addHistory(tx, d.petition, {
      at,
      action,
      actorUnitId: d.unitId ?? null,
      note,
      visibleToPetitioner: false,
    });
  }
}

type OrderFields = Pick<
  SupervisionOrder,
  'petition' | 'unitId' | 'level' | 'trigger' | 'note' | 'issuedByUnitId' | 'escalates'
>;

/** A supervision order the scheduler raises: the answer is due under the unit's recorded rule set, from `now`. */
function automaticOrder(
  tx: EntityManager,
  now: Date,
  calendar: WorkCalendar,
  fields: OrderFields,
  rules: RuleSet,
): SupervisionOrder {
  return tx.create(SupervisionOrderEntity, {
    id: newId(),
    ...fields,
    issuedById: null,
    automatic: true,
    issuedAt: now,
    ...answerDue(calendar, rules, now),
    answer: null,
    answeredAt: null,
    answeredById: null,
    escalatedAt: null,
  });
}

/**
 * Urging (催办) within one round: at most one open order per petition and unit, counting the
 * orders already open in the database and those this round has raised but not yet flushed.
 */
class Urging {
  private readonly raised = new Set<string>();

  constructor(
    private readonly tx: EntityManager,
    private readonly now: Date,
    private readonly calendar: WorkCalendar,
  ) {}

  /** Raises a 催办 unless one is open; true when it raised one. */
  async open(
    petition: Petition,
    unitId: string,
    trigger: SupervisionTrigger,
    note: string,
    rules: RuleSet,
  ): Promise<boolean> {
    const key = `${petition.id}/${unitId}`;
    if (this.raised.has(key)) return false;
    this.raised.add(key);
    const open = await this.tx.count(SupervisionOrderEntity, {
      petition: petition.id,
      unitId,
      answeredAt: null,
      escalatedAt: null,
    });
    if (open) return false;
    const order = automaticOrder(
      this.tx,
      this.now,
      this.calendar,
      { petition, unitId, level: SupervisionLevel.REMINDER, trigger, note, issuedByUnitId: null, escalates: null },
      rules,
    );
    writeTrail(this.tx, petition, 'SUPERVISION_ISSUED', order, null, null, this.now);
    return true;
  }
}
