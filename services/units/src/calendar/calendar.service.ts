import type { EntityManager } from '@mikro-orm/core';
import {
  WorkCalendar,
  scheduleProblems,
  yearProblem,
  type CalendarDay,
  type PublishedSchedule,
  type YearCalendar,
} from '@tjxf/calendar';
import { ErrorCode, refuse } from '@tjxf/domain';
import type { MikroORM } from '@tjxf/db-kit';
import type { Viewer } from '@tjxf/tokens';
import { audit } from '../audit/audit-entry.entity.js';
import { HolidayScheduleEntity, type HolidaySchedule } from './holiday-schedule.entity.js';

/** A year's calendar with when and by whom its arrangement was published (null: not published). */
export interface PublishedYear extends YearCalendar {
  publishedAt: Date | null;
}

const published = (rows: HolidaySchedule[]): PublishedSchedule[] => rows.map((r) => ({ year: r.year, days: r.days }));

/** Every published arrangement, as `/internal/calendar` serves it, with a tag that changes when one does. */
export async function readPublished(orm: MikroORM): Promise<{ published: PublishedSchedule[]; etag: string }> {
  const rows = await orm.em.fork().find(HolidayScheduleEntity, {}, { orderBy: { year: 'asc' } });
  const latest = rows.reduce((max, r) => Math.max(max, r.publishedAt.getTime()), 0);
  return { published: published(rows), etag: `"${rows.length}-${latest}"` };
}

/**
 * The work calendar the platform counts deadlines on (R-T1): the State Council's arrangements
 * as administrators published them, then the library's years, then the statutory days.
 */
export class CalendarService {
  constructor(private readonly em: EntityManager) {}

  /** A year's calendar with its source (PUBLISHED, LIBRARY or STATUTORY, provisional). */
  async year(year: number): Promise<PublishedYear> {
    const problem = yearProblem(year);
    if (problem)
      throw refuse(ErrorCode.BAD_USER_INPUT, 'CALENDAR_YEAR_OUT_OF_RANGE', problem.params, { field: 'year' });
    const row = await this.em.findOne(HolidayScheduleEntity, { year });
    return { ...new WorkCalendar(row ? published([row]) : []).year(year), publishedAt: row?.publishedAt ?? null };
  }

  /**
   * Enters a year's arrangement as published (replacing an earlier entry), checked against the
   * law (`scheduleProblems`), with its audit entry, in one transaction that holds the year's
   * row: of two publications at once, one follows the other. The same days again change
   * nothing (no new revision: running deadlines are not counted again). The petitions subgraph
   * picks it up when it next revalidates its copy and counts running deadlines again.
   */
  async publish(viewer: Viewer, year: number, days: CalendarDay[]): Promise<PublishedYear> {
    const entered = days.map((d) => ({ date: d.date.trim(), kind: d.kind, name: d.name.trim() }));
    const [problem] = scheduleProblems(year, entered);
    if (problem)
      throw refuse(ErrorCode.BAD_USER_INPUT, problem.reason as never, problem.params, { field: problem.field });
    const sorted = entered.sort((a, b) => a.date.localeCompare(b.date));
    return this.em.fork().transactional(async (tx) => {
      // publications of one year queue here, each seeing the one before it
      await tx
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtextextended(?, 0))',
          [`holiday_schedule:${year}`],
          'run',
          tx.getTransactionContext(),
        );
      const row =
        (await tx.findOne(HolidayScheduleEntity, { year })) ??
        tx.create(HolidayScheduleEntity, { year, days: [], publishedAt: new Date(), publishedById: null });
      if (JSON.stringify(row.days) !== JSON.stringify(sorted)) {
        audit(tx, viewer, {
          action: 'HOLIDAY_SCHEDULE_PUBLISHED',
          subject: `calendar:${year}`,
          detail: { year, previous: row.days.length ? row.days : null, days: sorted },
        });
        Object.assign(row, { days: sorted, publishedAt: new Date(), publishedById: viewer.accountId });
      }
      await tx.flush();
      return { ...new WorkCalendar(published([row])).year(year), publishedAt: row.publishedAt };
    });
  }
}
