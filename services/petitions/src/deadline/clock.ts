import type { EntityManager } from '@mikro-orm/core';
import {
  REMINDER_HORIZON_DAYS,
  chinaDate,
  deadlineOf,
  ruleSetOf,
  unitRuleSet,
  type DayBasis,
  type Limit,
  type LimitKind,
  type RuleSet,
  type WorkCalendar,
} from '@tjxf/calendar';
import { ErrorCode, newId, refuse } from '@tjxf/domain';
import { recordEvent } from '../outbox/outbox.js';
import type { Petition } from '../petition/petition.entity.js';
import type { DirectoryUnit } from '../unit-directory/unit-directory.service.js';
import { DeadlineEntity, WINDOW_KINDS, type Deadline, type DeadlineKind } from './deadline.entity.js';

/**
 * The clock (R-T1, R-T1a, R-T2): the one place that opens, meets, closes, pauses, extends and
 * explains a deadline. Every period comes from a rule set, that of the unit whose clock it is
 * (read from the unit directory when the clock opens); the deadline keeps the rule set's code
 * and version, so a unit switched to another rule set gets new clocks under it while the
 * running ones keep the rule they were opened under. Days are counted on the work calendar
 * (the units subgraph's, with the State Council's arrangements); a deadline counted on a year
 * whose arrangement is not published yet is provisional, and counted again when it is
 * (deadline/recount.ts). The arithmetic is pure (tested without a database); {@link Clocks}
 * writes it in the caller's transaction.
 */

/** The rule set and version a deadline (or a due date) was computed under. */
export interface RuleRef {
  ruleSetCode: string;
  ruleSetVersion: number;
}

/** What a deadline records when it opens: its rule, basis, days and start (R-T2). */
export interface OpenedClock extends RuleRef, Counted {
  basis: DayBasis;
  days: number;
  startAt: Date;
}

/** A deadline's end, and whether it was counted on a year whose arrangement is not published. */
export interface Counted {
  dueAt: Date;
  provisional: boolean;
}

/** The rule set a unit's new clocks open under: its own, or the default for one it does not name. */
export const rulesOf = (unit: Pick<DirectoryUnit, 'ruleSetCode'> | null | undefined): RuleSet =>
  unitRuleSet(unit?.ruleSetCode);

export const ruleRefOf = (rules: RuleSet): RuleRef => ({ ruleSetCode: rules.code, ruleSetVersion: rules.version });

/** The rule set (at its version) a deadline was opened under. */
export function recordedRules(ref: RuleRef): RuleSet {
  const rules = ruleSetOf(ref.ruleSetCode, ref.ruleSetVersion);
  if (!rules) throw new Error(`rule set ${ref.ruleSetCode} v${ref.ruleSetVersion} is not known`);
  return rules;
}

/** The end of a period from `start` (the Civil Code's count, R-T1a), on `calendar`. */
export function countedAfter(calendar: WorkCalendar, start: Date, limit: Limit, extraDays = 0): Counted {
  const end = deadlineOf({ start, days: limit.days + extraDays, basis: limit.basis }, calendar);
  return { dueAt: end.dueAt, provisional: end.provisionalYears.length > 0 };
}

/** The end of a period from `start`, for a due date that records no more (a task, an answer). */
export const dueAfter = (calendar: WorkCalendar, start: Date, limit: Limit, extraDays = 0): Date =>
  countedAfter(calendar, start, limit, extraDays).dueAt;

/** A limit of a rule set from `start`: what a deadline row records. */
export function openClock(calendar: WorkCalendar, rules: RuleSet, limit: LimitKind, start: Date): OpenedClock {
  const { days, basis } = rules.limits[limit];
  return { ...ruleRefOf(rules), basis, days, startAt: start, ...countedAfter(calendar, start, { days, basis }) };
}

/** When a limit of a unit's rule set ends, for a due date that is not a deadline row (a task, an answer). */
export const dueUnder = (calendar: WorkCalendar, rules: RuleSet, limit: LimitKind, start: Date): Date =>
  dueAfter(calendar, start, rules.limits[limit]);

/** An assigned case's completion report: acceptance and handling of the unit's rule set, on the handling basis. */
export const completionReportDue = (calendar: WorkCalendar, rules: RuleSet, start: Date): Date =>
  dueAfter(calendar, start, rules.limits.HANDLING, rules.limits.ACCEPTANCE.days);

/** The follow-up after an unsatisfied rating (R-P13). */
export const followUpDue = (calendar: WorkCalendar, rules: RuleSet, start: Date): Date =>
  dueAfter(calendar, start, rules.followUp);

type Recomputable = Pick<Deadline, 'startAt' | 'days' | 'basis' | 'extensionDays' | 'pausedDays'>;

/** A deadline's end from what it recorded: its days, the extension and the days paused (R-T2). */
export const recounted = (calendar: WorkCalendar, d: Recomputable): Counted =>
  countedAfter(calendar, d.startAt, { days: d.days, basis: d.basis }, d.extensionDays + d.pausedDays);

/** A deadline's end from what it recorded, on `calendar`. */
export const recomputedDueAt = (calendar: WorkCalendar, d: Recomputable): Date => recounted(calendar, d).dueAt;

/** The most days one extension may add to a deadline, under the rule it was opened with. */
export const maxExtensionDays = (d: RuleRef & { kind: DeadlineKind }): number =>
  recordedRules(d).maxExtensionDays[d.kind as LimitKind] ?? 0;

/** A deadline extended by `days` (once, within its rule's maximum; R-P8). */
export function extended(
  calendar: WorkCalendar,
  d: Recomputable & RuleRef & { kind: DeadlineKind },
  days: number,
): Pick<Deadline, 'extensionDays' | 'dueAt' | 'provisional'> {
  const max = maxExtensionDays(d);
  if (!Number.isInteger(days) || days < 1 || days > max)
    throw refuse(ErrorCode.BAD_USER_INPUT, 'EXTENSION_DAYS_OUT_OF_RANGE', { max }, { field: 'days' });
  const extensionDays = d.extensionDays + days;
  return { extensionDays, ...recounted(calendar, { ...d, extensionDays }) };
}

/** A paused clock started again: the days it stood still (at least one) are added (R-T1). */
export function resumed(calendar: WorkCalendar, d: Recomputable & Pick<Deadline, 'pausedAt'>, at: Date) {
  const paused = Math.max(1, daysBetween(chinaDate(d.pausedAt!), chinaDate(at)));
  const pausedDays = d.pausedDays + paused;
  return { paused, pausedDays, ...recounted(calendar, { ...d, pausedDays }) };
}

/** Whether the scheduler reminds of a running deadline now: within its rule set's reminder days. */
export function reminderDue(d: RuleRef & Pick<Deadline, 'dueAt'>, now: Date): boolean {
  const days = recordedRules(d).reminderDaysBefore;
  return d.dueAt.getTime() > now.getTime() && d.dueAt.getTime() - days * DAY_MS <= now.getTime();
}

/** The furthest due moment the scheduler looks at for reminders. */
export const reminderHorizon = (now: Date): Date => new Date(now.getTime() + REMINDER_HORIZON_DAYS * DAY_MS);

/** How a deadline's end was computed, in words (R-T2): what staff read to check it. */
export function explain(
  d: Recomputable & RuleRef & Pick<Deadline, 'kind' | 'startEvent' | 'dueAt' | 'provisional'>,
): string {
  const rules = recordedRules(d);
  const unit = d.basis === 'WORKING_DAYS' ? '个工作日' : '日';
  const added = [d.extensionDays ? `延长${d.extensionDays}日` : '', d.pausedDays ? `中止${d.pausedDays}日` : ''].filter(
    Boolean,
  );
  return (
    `${rules.name.zh}（${rules.code} 第${rules.version}版）：自${d.startEvent}（${chinaDate(d.startAt)}）起${d.days}${unit}` +
    `${added.length ? `，${added.join('，')}` : ''}，至${chinaDate(d.dueAt)} 24时。` +
    (d.provisional ? PROVISIONAL_NOTE : '')
  );
}

const DAY_MS = 86_400_000;

/** Why a provisional deadline may move, for staff (R-T1). */
export const PROVISIONAL_NOTE =
  '所跨年度的节假日安排尚未公布，暂按法定节假日计算；安排公布后将自动重新计算，并在办理记录中注明。';

/** Whole days from one China date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The clocks of petitions, written in one transaction (the step's). */
export class Clocks {
  constructor(
    private readonly tx: EntityManager,
    /** The work calendar the step counts days on. */
    readonly calendar: WorkCalendar,
  ) {}

  /** When a limit of a unit's rule set ends, for a task or an answer (not a deadline row). */
  dueUnder(rules: RuleSet, limit: LimitKind, start: Date): Date {
    return dueUnder(this.calendar, rules, limit, start);
  }

  completionReportDue(rules: RuleSet, start: Date): Date {
    return completionReportDue(this.calendar, rules, start);
  }

  followUpDue(rules: RuleSet, start: Date): Date {
    return followUpDue(this.calendar, rules, start);
  }

  /** Opens a limit of `rules` for `kind`, from `start`; `unitId` whose clock it is (null: the petitioner's window). */
  open(
    petition: Petition,
    kind: DeadlineKind,
    limit: LimitKind,
    rules: RuleSet,
    startEvent: string,
    start: Date,
    unitId: string | null,
  ): Deadline {
    return this.tx.create(DeadlineEntity, {
      id: newId(),
      petition,
      kind,
      ...openClock(this.calendar, rules, limit, start),
      startEvent,
      metAt: null,
      unitId,
      extensionDays: 0,
      extensionReason: null,
      closedAt: null,
      remindedAt: null,
      overdueAt: null,
      pausedAt: null,
      pausedDays: 0,
    });
  }

  /**
   * The step a clock waited for came. Each deadline met is told as `DeadlineMet`, with its end
   * as it stood (extensions and pauses counted) and whether it was met in time: the timeliness
   * KPIs are computed from these events (issue 12, R-P14).
   */
  async meet(petition: Petition, kinds: DeadlineKind[], at: Date): Promise<number> {
    const running = await this.tx.find(DeadlineEntity, {
      petition: petition.id,
      kind: { $in: kinds },
      metAt: null,
      closedAt: null,
    });
    for (const d of running)
      recordEvent(
        this.tx,
        'DeadlineMet',
        petition.id,
        {
          kind: d.kind,
          unitId: d.unitId,
          dueAt: d.dueAt.toISOString(),
          metAt: at.toISOString(),
          onTime: at <= d.dueAt,
        },
        at,
      );
    return this.stop(petition, kinds, { metAt: at });
  }

  /** The step a clock waited for will not come (e.g. a unit objected instead of accepting). */
  close(petition: Petition, kinds: DeadlineKind[], at: Date): Promise<number> {
    return this.stop(petition, kinds, { closedAt: at });
  }

  /** The running clock of a kind (the step's state guarantees there is one). */
  running(petition: Petition, kind: DeadlineKind): Promise<Deadline> {
    return this.tx.findOneOrFail(DeadlineEntity, { petition: petition.id, kind, metAt: null, closedAt: null });
  }

  extend(clock: Deadline, days: number, reason: string): void {
    Object.assign(clock, extended(this.calendar, clock, days), { extensionReason: reason });
  }

  /** A hearing (or assessment) stops the clock (R-T1). */
  pause(clock: Deadline, at: Date): void {
    clock.pausedAt = at;
  }

  /** Starts a paused clock again; the days it stood still. */
  resume(clock: Deadline, at: Date): number {
    const { paused, pausedDays, dueAt, provisional } = resumed(this.calendar, clock, at);
    Object.assign(clock, { pausedDays, dueAt, provisional, pausedAt: null });
    return paused;
  }

  /** The end of the earliest running duty clock of a petition (windows do not count), or null. */
  async firstDueAt(petitionId: string): Promise<Date | null> {
    const [first] = await this.tx.find(
      DeadlineEntity,
      { petition: petitionId, metAt: null, closedAt: null, kind: { $nin: WINDOW_KINDS } },
      { orderBy: { dueAt: 'asc' }, limit: 1 },
    );
    return first?.dueAt ?? null;
  }

  private stop(petition: Petition, kinds: DeadlineKind[], change: Partial<Deadline>): Promise<number> {
    return this.tx.nativeUpdate(
      DeadlineEntity,
      { petition: petition.id, kind: { $in: kinds }, metAt: null, closedAt: null },
      change,
    );
  }
}

/** The rule set a row recorded, or the default one for a row from before rows recorded it. */
export const rulesOfRecord = (row: { ruleSetCode?: string | null; ruleSetVersion?: number | null }): RuleSet =>
  row.ruleSetCode && row.ruleSetVersion
    ? recordedRules({ ruleSetCode: row.ruleSetCode, ruleSetVersion: row.ruleSetVersion })
    : unitRuleSet(null);

/** When a supervised unit must answer (R-P11), with the rule it came from. */
export const answerDue = (calendar: WorkCalendar, rules: RuleSet, from: Date): RuleRef & { dueAt: Date } => ({
  ...ruleRefOf(rules),
  dueAt: dueUnder(calendar, rules, 'SUPERVISION_ANSWER', from),
});
