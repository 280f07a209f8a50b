import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Channel, PetitionKind, PetitionStatus } from '@tjxf/domain';
import { LegalChannel } from '../category/category.entity.js';

export const RiskFlag = {
  COLLECTIVE: 'COLLECTIVE',
  SKIPPED_LEVEL: 'SKIPPED_LEVEL',
  THREAT: 'THREAT',
  KEY_PERSON: 'KEY_PERSON',
  REPEAT: 'REPEAT',
} as const;
export type RiskFlag = (typeof RiskFlag)[keyof typeof RiskFlag];

/** One matter raised (信访事项): the central record. */
export const PetitionEntity = defineEntity({
  name: 'Petition',
  tableName: 'petition',
  properties: {
    id: p.uuid().primary(),
    trackingCode: p.string().length(16).unique(),
    status: p.enum(() => PetitionStatus).index(),
    kind: p.enum(() => PetitionKind),
    channel: p.enum(() => Channel),
    categoryCode: p.string().length(8).index(),
    /** GB/T 2260 code of where the matter arose. */
    regionCode: p.string().length(12),
    address: p.string().length(200).nullable(),
    title: p.string().length(200),
    content: p.text(),
    receivedAt: p.datetime(),
    /** A letter's postmark date (Beijing, YYYY-MM-DD), as the front desk read it. */
    postmarkedOn: p.string().length(10).nullable(),
    /** The petition office that registered it (online: the office of the matter's district). */
    receivingUnitId: p.uuid().index(),
    /** The lead unit once disposed (owned by the units subgraph). */
    leadUnitId: p.uuid().nullable().index(),
    /** The unit complained about or reported on. */
    respondentUnitId: p.uuid().nullable().index(),
    /** The petitioner asked that the matter stay confidential (R-P12). */
    confidential: p.boolean().default(false),
    peopleInvolved: p.integer().default(1),
    riskFlags: p.array<RiskFlag>().default([]),
    riskLevel: p.integer().default(0),
    /** The original, when this is a repeat petition (R-P4). */
    repeatOf: () => p.manyToOne(PetitionEntity).nullable().index().deleteRule('set null'),
    /** Where a matter for another channel was sent, with the written notice (R-P2). */
    legalChannel: p.enum(() => LegalChannel).nullable(),
    /**
     * When the clock now running on the petition ends (the earliest running duty deadline):
     * the inbox's urgency order, kept with every step in the same transaction.
     */
    currentDueAt: p.datetime().nullable(),
    /** FORWARD or ASSIGN, once disposed (R-P6). */
    disposalMode: p.string().length(10).nullable(),
    /** The unit that reviews, then re-reviews, once asked (R-P10). */
    reviewUnitId: p.uuid().nullable().index(),
    /** Handled the simplified way: a clear first-time matter (R-P9). */
    simplified: p.boolean().default(false),
    /** Ended by a mediation agreement: no review follows (R-P8, Art. 33). */
    mediated: p.boolean().default(false),
    /** When the matter was concluded after re-review (终结, R-P10). */
    concludedAt: p.datetime().nullable(),
    /** The citizen account that submitted it online, if signed in. */
    submitterAccountId: p.uuid().nullable().index(),
    /** The staff account that registered it, for letters, visits and calls. */
    registeredById: p.uuid().nullable(),
    /** Retries with the same key and submitter return the same petition. */
    idempotencyScope: p.string().length(80).nullable(),
    idempotencyKey: p.string().length(100).nullable(),
    /** Bigrams of the title and content: PostgreSQL's parser does not split Chinese. */
    titleTokens: p.text().lazy(),
    contentTokens: p.text().lazy(),
    /**
     * The searchable form of the tokens, stored so that a phrase recheck reads it instead of
     * recomputing it per row (docs/search.md has the measurement).
     */
    searchVector: p
      .string()
      .columnType('tsvector')
      .generated(
        "(setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', content_tokens), 'B')) stored",
      )
      .lazy()
      .hidden(),
    /** The units' tasks on it (lead, co-handling, reports): co-handling units see it through them. */
    tasks: () => p.oneToMany(PetitionTaskEntity).mappedBy('petition'),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['idempotencyScope', 'idempotencyKey'], name: 'petition_idempotency_unique' }],
  indexes: [
    { properties: ['receivedAt', 'id'], name: 'petition_received_at_id_index' },
    // the inbox's order exactly (URGENCY): the many petitions whose clocks end on the same day
    // are read in order and the page stops after 20, instead of sorting them all
    { properties: ['currentDueAt', 'receivedAt', 'id'], name: 'petition_urgency_index' },
    {
      name: 'petition_region_code_pattern_index',
      expression:
        'create index "petition_region_code_pattern_index" on "petitions"."petition" ("region_code" varchar_pattern_ops)',
    },
    { name: 'petition_search_vector_index', properties: ['searchVector'], type: 'fulltext' },
    {
      // every column the viewer's scope reads (petition.scope.ts): counting a scope is an index-only
      // scan of this narrow index rather than a read of the whole table (issue 12, a million petitions)
      name: 'petition_scope_count_index',
      expression:
        'create index "petition_scope_count_index" on "petitions"."petition" ("region_code" varchar_pattern_ops) include ("kind", "respondent_unit_id", "lead_unit_id", "receiving_unit_id", "review_unit_id", "id")',
    },
  ],
});
export type Petition = InferEntity<typeof PetitionEntity>;

/** What happened to a petition, in order (the timeline). */
export const PetitionHistoryEntity = defineEntity({
  name: 'PetitionHistory',
  tableName: 'petition_history',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    at: p.datetime(),
    action: p.string().length(40),
    /** The account that acted, or null for the petitioner acting without an account. */
    actorId: p.uuid().nullable(),
    /** The unit the actor acted for: what the petitioner is shown instead of staff names. */
    actorUnitId: p.uuid().nullable(),
    fromStatus: p.enum(() => PetitionStatus).nullable(),
    toStatus: p.enum(() => PetitionStatus).nullable(),
    note: p.text().nullable(),
    /** Whether the petitioner sees this entry when tracking (no internal notes). */
    visibleToPetitioner: p.boolean().default(true),
  },
});
export type PetitionHistory = InferEntity<typeof PetitionHistoryEntity>;

export const TaskKind = {
  /** The lead unit's handling. */
  LEAD: 'LEAD',
  /** A co-handling unit's part, with its own deadline (R-X). */
  CO_HANDLING: 'CO_HANDLING',
  /** Report the result of an assigned case by a set date (R-P6). */
  COMPLETION_REPORT: 'COMPLETION_REPORT',
  /** After an UNSATISFIED rating (R-P13). */
  FOLLOW_UP: 'FOLLOW_UP',
  /** The common superior owes a decision on disputed competence (R-P7, Art. 24). */
  COMPETENCE_DECISION: 'COMPETENCE_DECISION',
} as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];

/** Work a unit owes on a petition, with its own due date. */
export const PetitionTaskEntity = defineEntity({
  name: 'PetitionTask',
  tableName: 'petition_task',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    kind: p.enum(() => TaskKind),
    unitId: p.uuid().index(),
    dueAt: p.datetime().nullable().index(),
    /** The rule set the unit worked under when the task was given (R-T2; null on tasks from before). */
    ruleSetCode: p.string().length(40).nullable(),
    ruleSetVersion: p.integer().nullable(),
    createdAt: p.datetime(),
    doneAt: p.datetime().nullable(),
    note: p.text().nullable(),
    report: p.text().nullable(),
    reportedById: p.uuid().nullable(),
    /** When the scheduler found it not done by its date. */
    overdueAt: p.datetime().nullable(),
  },
});
export type PetitionTask = InferEntity<typeof PetitionTaskEntity>;
