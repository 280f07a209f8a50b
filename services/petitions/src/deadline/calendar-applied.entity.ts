import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The revision of each year's work calendar the running deadlines were last counted on: a year
 * whose revision changed (an arrangement published, a library upgrade) has its deadlines
 * counted again (deadline/recount.ts).
 */
export const CalendarAppliedEntity = defineEntity({
  name: 'CalendarApplied',
  tableName: 'calendar_applied',
  properties: {
    year: p.integer().primary().autoincrement(false),
    revision: p.string().length(32),
    appliedAt: p.datetime(),
  },
});
export type CalendarApplied = InferEntity<typeof CalendarAppliedEntity>;
