import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The register of key persons (重点人员) kept by petition offices: matched by keyed hashes of
 * phone or ID number, never by the clear values (R-P5).
 */
export const KeyPersonEntity = defineEntity({
  name: 'KeyPerson',
  tableName: 'key_person',
  properties: {
    id: p.uuid().primary(),
    phoneHash: p.string().length(64).nullable().index(),
    idNumberHash: p.string().length(64).nullable().index(),
    reason: p.text(),
    addedById: p.uuid().nullable(),
    addedAt: p.datetime(),
  },
});
export type KeyPerson = InferEntity<typeof KeyPersonEntity>;
