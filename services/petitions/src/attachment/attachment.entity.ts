import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from '../petition/petition.entity.js';

/** A file uploaded for a petition; the bytes live in an {@link AttachmentStore}. */
export const AttachmentEntity = defineEntity({
  name: 'Attachment',
  tableName: 'attachment',
  properties: {
    id: p.uuid().primary(),
    /** Null until a submission claims it. */
    petition: () => p.manyToOne(PetitionEntity).nullable().index().deleteRule('cascade'),
    fileName: p.string().length(200),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: p.string().length(100),
    size: p.integer(),
    sha256: p.string().length(64),
    storageKey: p.string().length(200),
    /** Who uploaded it: an account, or an anonymous upload's secret holder. */
    uploadedByAccountId: p.uuid().nullable(),
    uploadedAt: p.datetime(),
  },
});
export type Attachment = InferEntity<typeof AttachmentEntity>;
