import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from './petition.entity.js';

export const PetitionerRole = {
  /** Files on their own behalf (one of several for a joint petition). */
  PETITIONER: 'PETITIONER',
  /** One of at most five representatives of a collective petition (R-P3). */
  REPRESENTATIVE: 'REPRESENTATIVE',
  /** Acts for the petitioners with a power of attorney (R-AGT, R-P18). */
  AGENT: 'AGENT',
} as const;
export type PetitionerRole = (typeof PetitionerRole)[keyof typeof PetitionerRole];

/**
 * A person on a petition. Phone and ID number are stored encrypted (AES-256-GCM), with a keyed
 * hash for finding the same person again and a masked form for display; the clear text is
 * decrypted only for a role that needs it.
 */
export const PetitionerEntity = defineEntity({
  name: 'Petitioner',
  tableName: 'petitioner',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    position: p.integer(),
    role: p.enum(() => PetitionerRole),
    name: p.string().length(50),
    phoneEncrypted: p.text().nullable(),
    phoneHash: p.string().length(64).nullable().index(),
    phoneMasked: p.string().length(20).nullable(),
    phoneLast4: p.string().length(4).nullable(),
    idNumberEncrypted: p.text().nullable(),
    idNumberHash: p.string().length(64).nullable().index(),
    idNumberMasked: p.string().length(18).nullable(),
    address: p.string().length(200).nullable(),
    /** For an agent: how they stand to the petitioners, and the power of attorney. */
    relationship: p.string().length(50).nullable(),
    powerOfAttorneyAttachmentId: p.uuid().nullable(),
  },
});
export type Petitioner = InferEntity<typeof PetitionerEntity>;
