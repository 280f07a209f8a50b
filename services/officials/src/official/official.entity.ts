import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const OfficialKind = {
  LEADER: 'LEADER',
  NPC_DEPUTY: 'NPC_DEPUTY',
  CPPCC_MEMBER: 'CPPCC_MEMBER',
  PARTY_CONGRESS_DEPUTY: 'PARTY_CONGRESS_DEPUTY',
} as const;
export type OfficialKind = (typeof OfficialKind)[keyof typeof OfficialKind];

/** A leader (领导干部) or representative (代表/委员) who takes part in petition work (R-LIA). */
export const OfficialEntity = defineEntity({
  name: 'Official',
  tableName: 'official',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(50),
    kind: p.enum(() => OfficialKind).index(),
    /** Office held, e.g. 河西区区长, 天津市人大代表. */
    title: p.string().length(100),
    /** GB/T 2260 code of the area the official serves. */
    regionCode: p.string().length(12).index(),
    unitId: p.uuid().nullable().index(),
    /** The sign-in account, if the official uses the platform. */
    accountId: p.uuid().nullable().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Official = InferEntity<typeof OfficialEntity>;
