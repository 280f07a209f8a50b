import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from '../petition/petition.entity.js';

/** The steps of supervision, each stronger than the one before (R-P11, Art. 38–39). */
export const SupervisionLevel = {
  /** 催办 */
  REMINDER: 'REMINDER',
  /** 督办 */
  SUPERVISION: 'SUPERVISION',
  /** 挂牌督办 */
  LISTED: 'LISTED',
  /** 约谈 */
  TALK: 'TALK',
  /** 通报 */
  PUBLIC_NOTICE: 'PUBLIC_NOTICE',
} as const;
export type SupervisionLevel = (typeof SupervisionLevel)[keyof typeof SupervisionLevel];

/** The level that follows when an order is not answered in time. */
export const NEXT_LEVEL: Record<SupervisionLevel, SupervisionLevel | null> = {
  REMINDER: 'SUPERVISION',
  SUPERVISION: 'LISTED',
  LISTED: 'TALK',
  TALK: 'PUBLIC_NOTICE',
  PUBLIC_NOTICE: null,
};

/** What called for supervision (R-P11). */
export const SupervisionTrigger = {
  DEADLINE_MISSED: 'DEADLINE_MISSED',
  RESULT_NOT_REPORTED: 'RESULT_NOT_REPORTED',
  PROCEDURE_BROKEN: 'PROCEDURE_BROKEN',
  BUCK_PASSING: 'BUCK_PASSING',
  REPLY_NOT_CARRIED_OUT: 'REPLY_NOT_CARRIED_OUT',
  OTHER: 'OTHER',
} as const;
export type SupervisionTrigger = (typeof SupervisionTrigger)[keyof typeof SupervisionTrigger];

/**
 * A supervision order (督查督办, R-SUP): issued by a petition office or a leader to a unit about
 * a petition, answered in writing by a date, escalated to the next level when it is not.
 */
export const SupervisionOrderEntity = defineEntity({
  name: 'SupervisionOrder',
  tableName: 'supervision_order',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    /** The unit supervised. */
    unitId: p.uuid().index(),
    level: p.enum(() => SupervisionLevel),
    trigger: p.enum(() => SupervisionTrigger),
    note: p.text().nullable(),
    /** The unit that issued it (a petition office or a government), and who. */
    issuedByUnitId: p.uuid().nullable(),
    issuedById: p.uuid().nullable(),
    /** Raised by the scheduler rather than a person. */
    automatic: p.boolean().default(false),
    issuedAt: p.datetime(),
    dueAt: p.datetime().index(),
    /** The rule set the supervised unit worked under when it was issued (R-T2; null on orders from before). */
    ruleSetCode: p.string().length(40).nullable(),
    ruleSetVersion: p.integer().nullable(),
    answer: p.text().nullable(),
    answeredAt: p.datetime().nullable(),
    answeredById: p.uuid().nullable(),
    /** Set when the scheduler raised the next level because no answer came in time. */
    escalatedAt: p.datetime().nullable(),
    /** The order this one escalates. */
    escalates: () => p.manyToOne(SupervisionOrderEntity).nullable().deleteRule('set null'),
    version: p.integer().version(),
  },
});
export type SupervisionOrder = InferEntity<typeof SupervisionOrderEntity>;
