import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DayBasis } from '@tjxf/calendar';
import { PetitionEntity } from '../petition/petition.entity.js';

export const DeadlineKind = {
  DISPOSAL: 'DISPOSAL',
  ACCEPTANCE: 'ACCEPTANCE',
  OBJECTION: 'OBJECTION',
  HANDLING: 'HANDLING',
  REVIEW_REQUEST: 'REVIEW_REQUEST',
  REVIEW: 'REVIEW',
  RE_REVIEW_REQUEST: 'RE_REVIEW_REQUEST',
  RE_REVIEW: 'RE_REVIEW',
  /** The common superior decides which unit is competent (R-P7, Art. 24). */
  COMPETENCE_DECISION: 'COMPETENCE_DECISION',
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];

/**
 * Windows rather than duties: the time a unit has to object, or a petitioner to ask for
 * review. Nobody is reminded of them or supervised over them; they simply close.
 */
export const WINDOW_KINDS: DeadlineKind[] = [
  DeadlineKind.OBJECTION,
  DeadlineKind.REVIEW_REQUEST,
  DeadlineKind.RE_REVIEW_REQUEST,
];

/**
 * A time limit on a petition, stored with what it was computed from (R-T2): the rule set and
 * its version, the basis and number of days, and the start event, so it can be explained
 * and recomputed.
 */
export const DeadlineEntity = defineEntity({
  name: 'Deadline',
  tableName: 'deadline',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    kind: p.enum(() => DeadlineKind),
    basis: p.enum(() => DayBasis),
    days: p.integer(),
    ruleSetCode: p.string().length(40),
    ruleSetVersion: p.integer(),
    startEvent: p.string().length(40),
    startAt: p.datetime(),
    dueAt: p.datetime().index(),
    metAt: p.datetime().nullable(),
    /** Whose clock it is: the unit that must act (null: the petitioner's window). */
    unitId: p.uuid().nullable().index(),
    /** Days added by an approved extension, with its reason (R-P8). */
    extensionDays: p.integer().default(0),
    extensionReason: p.text().nullable(),
    /** When the clock was closed without being met: the step it waited for will not come. */
    closedAt: p.datetime().nullable(),
    /** A hearing (or assessment) stops the clock: since when, and the days paused so far (R-T1). */
    pausedAt: p.datetime().nullable(),
    pausedDays: p.integer().default(0),
    /**
     * Counted on a year whose holiday arrangement is not published yet (only the statutory
     * days off known): the end may move when it is published, and is then counted again.
     */
    provisional: p.boolean().default(false),
    /** When the scheduler reminded the unit that the deadline is near, and flagged it overdue. */
    remindedAt: p.datetime().nullable(),
    overdueAt: p.datetime().nullable(),
  },
  indexes: [
    {
      // what the scheduler scans: the clocks still running, by when they end
      name: 'deadline_running_due_at_index',
      expression:
        'create index "deadline_running_due_at_index" on "petitions"."deadline" ("due_at") where "met_at" is null and "closed_at" is null',
    },
  ],
});
export type Deadline = InferEntity<typeof DeadlineEntity>;
