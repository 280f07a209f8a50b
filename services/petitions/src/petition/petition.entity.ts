import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Channel, PetitionKind, PetitionStatus } from '@tjxf/domain';

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
    categoryCode: p.string().length(32).index(),
    /** GB/T 2260 code of where the matter arose. */
    regionCode: p.string().length(12),
    title: p.string().length(200),
    content: p.text(),
    receivedAt: p.datetime(),
    /** The lead unit (owned by the units subgraph). */
    leadUnitId: p.uuid().nullable().index(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [
    { properties: ['receivedAt', 'id'], name: 'petition_received_at_id_index' },
    // prefix searches on region codes (scope of an area): LIKE '120103%'
    {
      name: 'petition_region_code_pattern_index',
      expression:
        'create index "petition_region_code_pattern_index" on "petitions"."petition" ("region_code" varchar_pattern_ops)',
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
    fromStatus: p.enum(() => PetitionStatus).nullable(),
    toStatus: p.enum(() => PetitionStatus).nullable(),
    note: p.text().nullable(),
    /** Whether the petitioner sees this entry when tracking (no internal notes). */
    visibleToPetitioner: p.boolean().default(true),
  },
});
export type PetitionHistory = InferEntity<typeof PetitionHistoryEntity>;
