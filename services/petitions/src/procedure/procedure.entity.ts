import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from '../petition/petition.entity.js';

export const DocumentKind = {
  /** 告知书: where to go instead (R-P2, R-P6). */
  REDIRECT_NOTICE: 'REDIRECT_NOTICE',
  ACCEPTANCE_NOTICE: 'ACCEPTANCE_NOTICE',
  DECLINE_NOTICE: 'DECLINE_NOTICE',
  /** A unit's objection that it is not competent (internal). */
  OBJECTION: 'OBJECTION',
  /** The petition office asks the common superior to decide who is competent (internal; R-P7). */
  COMPETENCE_REFERRAL: 'COMPETENCE_REFERRAL',
  /** The common superior's decision: which unit accepts it (R-P7, Art. 24). */
  COMPETENCE_DECISION: 'COMPETENCE_DECISION',
  EXTENSION_NOTICE: 'EXTENSION_NOTICE',
  /** 处理意见书 (R-P8). */
  REPLY: 'REPLY',
  /** 复查意见书 / 复核意见书 (R-P10). */
  REVIEW_DECISION: 'REVIEW_DECISION',
  RE_REVIEW_DECISION: 'RE_REVIEW_DECISION',
  /** 办结报告 of an assigned case (R-P6). */
  COMPLETION_REPORT: 'COMPLETION_REPORT',
  /** 调解协议书: the petitioner and the unit settled the matter (R-P8, Art. 33). */
  MEDIATION_AGREEMENT: 'MEDIATION_AGREEMENT',
  /** 告知书: the matter went to people's mediation, a court or arbitration (R-MED, issue 11). */
  HAND_OFF_NOTICE: 'HAND_OFF_NOTICE',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

export const ReplyOutcome = { SUPPORTED: 'SUPPORTED', EXPLAINED: 'EXPLAINED', NOT_SUPPORTED: 'NOT_SUPPORTED' } as const;
export type ReplyOutcome = (typeof ReplyOutcome)[keyof typeof ReplyOutcome];

/** A written document of the procedure: what the petitioner is told, in writing. */
export const PetitionDocumentEntity = defineEntity({
  name: 'PetitionDocument',
  tableName: 'petition_document',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    kind: p.enum(() => DocumentKind),
    /** The unit that issued it. */
    unitId: p.uuid().nullable(),
    issuedById: p.uuid().nullable(),
    issuedAt: p.datetime(),
    outcome: p.enum(() => ReplyOutcome).nullable(),
    /** The body: facts, reasons, legal basis, how to ask for review, or the notice's text. */
    facts: p.text().nullable(),
    reasons: p.text().nullable(),
    legalBasis: p.text().nullable(),
    /** What the petitioner may do next: ask for review by when, or that the matter ends here. */
    remedy: p.text().nullable(),
    text: p.text(),
    visibleToPetitioner: p.boolean().default(true),
  },
});
export type PetitionDocument = InferEntity<typeof PetitionDocumentEntity>;

export const EvaluationTarget = { PETITION_OFFICE: 'PETITION_OFFICE', RESPONSIBLE_UNIT: 'RESPONSIBLE_UNIT' } as const;
export type EvaluationTarget = (typeof EvaluationTarget)[keyof typeof EvaluationTarget];

export const Rating = {
  SATISFIED: 'SATISFIED',
  BASICALLY_SATISFIED: 'BASICALLY_SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
} as const;
export type Rating = (typeof Rating)[keyof typeof Rating];

/** The petitioner's rating of how a unit handled it, once per target (R-P13). */
export const EvaluationEntity = defineEntity({
  name: 'Evaluation',
  tableName: 'evaluation',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    target: p.enum(() => EvaluationTarget),
    /** The unit rated: the petition office that disposed, or the unit that replied first. */
    unitId: p.uuid().index(),
    rating: p.enum(() => Rating),
    comment: p.text().nullable(),
    at: p.datetime(),
  },
  uniques: [{ properties: ['petition', 'target'], name: 'evaluation_petition_target_unique' }],
});
export type Evaluation = InferEntity<typeof EvaluationEntity>;

// a petition's tasks are part of the petition (its scope reads them): defined beside it
export { PetitionTaskEntity, TaskKind, type PetitionTask } from '../petition/petition.entity.js';

/** A staff member with an interest in the matter stands aside from it (R-P8, Art. 28). */
export const RecusalEntity = defineEntity({
  name: 'Recusal',
  tableName: 'recusal',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    accountId: p.uuid(),
    reason: p.text(),
    at: p.datetime(),
  },
  uniques: [{ properties: ['petition', 'accountId'], name: 'recusal_petition_account_unique' }],
});
export type Recusal = InferEntity<typeof RecusalEntity>;
