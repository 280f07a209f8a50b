import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const LegalChannel = {
  LITIGATION: 'LITIGATION',
  ARBITRATION: 'ARBITRATION',
  ADMINISTRATIVE_REVIEW: 'ADMINISTRATIVE_REVIEW',
  PEOPLES_CONGRESS: 'PEOPLES_CONGRESS',
  PROCURATORATE: 'PROCURATORATE',
  DISCIPLINE_INSPECTION: 'DISCIPLINE_INSPECTION',
} as const;
export type LegalChannel = (typeof LegalChannel)[keyof typeof LegalChannel];

/** A category of petition content, three levels deep (R-HOT: the list is data). */
export const CategoryEntity = defineEntity({
  name: 'Category',
  tableName: 'category',
  properties: {
    /** Two digits per level: 01, 0101, 010101. */
    code: p.string().length(8).primary(),
    parentCode: p.string().length(8).nullable().index(),
    level: p.integer(),
    nameZh: p.string().length(60),
    nameEn: p.string().length(100),
    /** A hot issue named by the source text (land requisition, demolition, …). */
    hot: p.boolean().default(false),
    /** Matters that belong to the courts, arbitration, review or another body (R-P2). */
    legalChannel: p.enum(() => LegalChannel).nullable(),
    sortOrder: p.integer().default(0),
    active: p.boolean().default(true),
  },
});
export type Category = InferEntity<typeof CategoryEntity>;
