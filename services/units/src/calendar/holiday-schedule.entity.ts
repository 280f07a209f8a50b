import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CalendarDay } from '@tjxf/calendar';

/**
 * A year's holiday arrangement as the State Council published it (放假安排: the days off,
 * bridged days included, and the make-up working days), entered by an administrator (R-T1).
 * One row per year, its days as one JSON list: always read and replaced whole, and the row is
 * what a publication locks. Years without a row are counted on the library's data or, failing
 * that, on the statutory days alone (packages/calendar, `WorkCalendar`).
 */
export const HolidayScheduleEntity = defineEntity({
  name: 'HolidaySchedule',
  tableName: 'holiday_schedule',
  properties: {
    year: p.integer().primary().autoincrement(false),
    days: p.json<CalendarDay[]>(),
    publishedAt: p.datetime(),
    publishedById: p.uuid().nullable(),
  },
});
export type HolidaySchedule = InferEntity<typeof HolidayScheduleEntity>;
