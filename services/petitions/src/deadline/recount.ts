import { LockMode, type EntityManager } from '@mikro-orm/core';
import {
  CalendarSource,
  chinaDate,
  chinaDateInWords,
  endOfChinaDay,
  startOfChinaDay,
  type WorkCalendar,
} from '@tjxf/calendar';
import type { MikroORM } from '@tjxf/db-kit';
import type { CalendarLookup } from '../calendar/work-calendar.service.js';
import { recordEvent } from '../outbox/outbox.js';
import { addHistory } from '../petition/history.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { CalendarAppliedEntity } from './calendar-applied.entity.js';
import { Clocks, recounted } from './clock.js';
import { DeadlineEntity, WINDOW_KINDS, type Deadline } from './deadline.entity.js';
import { CLOCK_NAMES } from './deadline.wording.js';

/** Defaults of {@link DeadlineRecount}. */
export const RECOUNT_DEFAULTS = {
  /** Petitions counted again per query; each in its own transaction. */
  batchSize: 200,
} as const;

export interface RecountReport {
  /** The years whose calendar changed since the running deadlines were last counted. */
  years: number[];
  /** Petitions whose deadlines were looked at, and deadlines whose end moved. */
  petitions: number;
  moved: number;
}

/** Why a deadline's count changed, in words: which calendar each of its changed years is now counted on. */
function reasonOf(calendar: WorkCalendar, years: number[]): string {
  return years
    .map((year) => {
      const source = calendar.year(year).source;
      if (source === CalendarSource.PUBLISHED) return `已按国务院办公厅公布的${year}年节假日安排重新计算`;
      if (source === CalendarSource.LIBRARY) return `已按更新后的${year}年节假日安排重新计算`;
      return `${year}年节假日安排尚未公布，暂按法定节假日计算，公布后将再次计算`;
    })
    .join('；');
}

/**
 * Counts running deadlines again when the work calendar of a year they run through changed
 * (R-T1, R-T2): an administrator published the State Council's arrangement, or an upgrade of
 * the holiday library brought a year. Each year's calendar has a revision; the revision the
 * deadlines were last counted on is kept (`calendar_applied`), and a round counts again, from
 * what each deadline recorded (start, days, extension, pause), every running deadline whose
 * span touches a changed year. A deadline whose end moved gets the new end, a history entry
 * with the old and new dates and the reason (visible to the petitioner when it is their own
 * window), and a `DeadlineRecounted` event for the unit whose clock it is; its reminder and
 * overdue flags start again when the new end is still ahead. One transaction per petition,
 * its row locked: two rounds at once (two instances, two publications) move each deadline
 * once, since the second finds nothing left to move. The first round after this code is
 * deployed counts every running deadline once (nothing is applied yet), which moves those
 * counted before on the library's wrong 2027 (no holidays at all) and marks them provisional.
 */
export class DeadlineRecount {
  constructor(
    private readonly orm: MikroORM,
    private readonly calendars: CalendarLookup,
    private readonly options = RECOUNT_DEFAULTS,
  ) {}

  /** One round at `now`: what the job queue runs each period (background.ts); tests call it with their clock. */
  async run(now = new Date()): Promise<RecountReport> {
    const calendar = await this.calendars.current();
    const { years, changes } = await this.changedYears(calendar);
    let petitions = 0;
    let moved = 0;
    for (let after: string | null = null; changes.length > 0;) {
      const ids = await this.petitionsTouching(changes, after);
      for (const id of ids) moved += await this.recountPetition(id, calendar, changes, now);
      petitions += ids.length;
      if (ids.length < this.options.batchSize) break;
      after = ids[ids.length - 1]!;
    }
    if (years.length) await this.markApplied(calendar, years, now);
    return { years, petitions, moved };
  }

  /**
   * The years running deadlines touch whose calendar revision differs from the one they were
   * counted on; `changes`, those of them that can move a deadline: all but a year of the library
   * counted for the first time (deadlines were always counted on the library's years).
   */
  private async changedYears(calendar: WorkCalendar): Promise<{ years: number[]; changes: number[] }> {
    const em = this.orm.em.fork();
    const [span] = await em
      .getConnection()
      .execute<{ first: Date | string | null; last: Date | string | null }[]>(
        'select min(start_at) as first, max(due_at) as last from petitions.deadline where met_at is null and closed_at is null',
      );
    if (!span?.first || !span.last) return { years: [], changes: [] };
    const applied = new Map((await em.find(CalendarAppliedEntity, {})).map((a) => [a.year, a.revision]));
    const years: number[] = [];
    for (let year = yearOf(new Date(span.first)); year <= yearOf(new Date(span.last)); year++)
      if (applied.get(year) !== calendar.year(year).revision) years.push(year);
    const changes = years.filter((y) => applied.has(y) || calendar.year(y).source !== CalendarSource.LIBRARY);
    return { years, changes };
  }

  /** The next petitions (by id) with a running deadline whose span, start to end, touches one of `years`. */
  private async petitionsTouching(years: number[], after: string | null): Promise<string[]> {
    const spans = years.map(() => '(start_at <= ? and due_at >= ?)').join(' or ');
    const rows = await this.orm.em.getConnection().execute<{ petition_id: string }[]>(
      `select distinct petition_id from petitions.deadline where met_at is null and closed_at is null
         and (${spans}) and petition_id > ? order by petition_id limit ?`,
      [
        ...years.flatMap((year) => [endOfChinaDay(`${year}-12-31`), startOfChinaDay(`${year}-01-01`)]),
        after ?? '00000000-0000-0000-0000-000000000000',
        this.options.batchSize,
      ],
    );
    return rows.map((r) => r.petition_id);
  }

  /** Counts one petition's running deadlines again, in one transaction; how many moved. */
  private recountPetition(petitionId: string, calendar: WorkCalendar, changes: number[], now: Date): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const petition = await tx.findOne(PetitionEntity, { id: petitionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!petition) return 0;
      const running = await tx.find(DeadlineEntity, { petition: petitionId, metAt: null, closedAt: null });
      let moved = 0;
      for (const d of running) {
        const { dueAt, provisional } = recounted(calendar, d);
        d.provisional = provisional;
        if (dueAt.getTime() === d.dueAt.getTime()) continue;
        const previousDueAt = d.dueAt;
        Object.assign(d, { dueAt }, dueAt > now ? { remindedAt: null, overdueAt: null } : {});
        const years = changes.filter(
          (y) => y >= yearOf(d.startAt) && y <= yearOf(d.dueAt > previousDueAt ? d.dueAt : previousDueAt),
        );
        this.record(tx, calendar, d, previousDueAt, years, now);
        moved++;
      }
      await tx.flush();
      if (moved) {
        petition.currentDueAt = await new Clocks(tx, calendar).firstDueAt(petitionId);
        await tx.flush();
      }
      return moved;
    });
  }

  private record(
    tx: EntityManager,
    calendar: WorkCalendar,
    d: Deadline,
    previousDueAt: Date,
    years: number[],
    now: Date,
  ) {
    addHistory(tx, d.petition, {
      at: now,
      action: 'DEADLINE_RECOUNTED',
      actorUnitId: d.unitId ?? null,
      note: `${CLOCK_NAMES[d.kind]}由${chinaDateInWords(previousDueAt)}改为${chinaDateInWords(d.dueAt)}。${reasonOf(calendar, years)}。`,
      // the petitioner's own windows concern the petitioner; the units' clocks are staff matters
      visibleToPetitioner: WINDOW_KINDS.includes(d.kind) && d.unitId === null,
    });
    recordEvent(
      tx,
      'DeadlineRecounted',
      d.petition.id,
      {
        kind: d.kind,
        unitId: d.unitId,
        dueAt: d.dueAt,
        previousDueAt,
        provisional: d.provisional,
        calendarYears: years,
      },
      now,
    );
  }

  private async markApplied(calendar: WorkCalendar, years: number[], now: Date): Promise<void> {
    const em = this.orm.em.fork();
    for (const year of years)
      await em.upsert(CalendarAppliedEntity, { year, revision: calendar.year(year).revision, appliedAt: now });
  }
}

const yearOf = (instant: Date): number => Number(chinaDate(instant).slice(0, 4));
