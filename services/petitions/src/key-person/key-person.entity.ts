import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The register of key persons (重点人员) kept by petition offices (R-P5): matched at intake by
 * keyed hashes of phone or ID number, never by the clear values, which are stored encrypted
 * with a masked form for the list. Each mark states its basis and the date to review it; a
 * removed mark stays, with who removed it and why.
 */
export const KeyPersonEntity = defineEntity({
  name: 'KeyPerson',
  tableName: 'key_person',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(50).nullable(),
    phoneEncrypted: p.text().nullable(),
    phoneHash: p.string().length(64).nullable().index(),
    phoneMasked: p.string().length(20).nullable(),
    idNumberEncrypted: p.text().nullable(),
    idNumberHash: p.string().length(64).nullable().index(),
    idNumberMasked: p.string().length(18).nullable(),
    /** Why the person is on the register: the facts, stated by the office that marked them. */
    reason: p.text(),
    /** The petition office that marked them: its area's offices and their superiors see the mark. */
    unitId: p.uuid().nullable(),
    /** That office's area (GB/T 2260): offices of the area and above see the mark. */
    regionCode: p.string().length(12).nullable().index(),
    /** When the mark must be reviewed (kept or removed). */
    reviewOn: p.string().length(10).nullable(),
    addedById: p.uuid().nullable(),
    addedAt: p.datetime(),
    removedAt: p.datetime().nullable(),
    removedById: p.uuid().nullable(),
    removalReason: p.text().nullable(),
  },
});
export type KeyPerson = InferEntity<typeof KeyPersonEntity>;

/** Every read of the register and every change to it: who, for which office, when, from where. */
export const KeyPersonAccessEntity = defineEntity({
  name: 'KeyPersonAccess',
  tableName: 'key_person_access',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime(),
    keyPersonId: p.uuid().index(),
    /** READ (listed), ADD, REMOVE. */
    action: p.string().length(10),
    accountId: p.uuid(),
    unitId: p.uuid().nullable(),
    ip: p.string().length(45).nullable(),
  },
});
export type KeyPersonAccess = InferEntity<typeof KeyPersonAccessEntity>;
