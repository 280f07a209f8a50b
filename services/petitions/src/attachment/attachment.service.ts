import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/core';
import type { MikroORM } from '@tjxf/db-kit';
import { INTAKE_DEFAULTS } from '../intake/intake.service.js';
import { AttachmentEntity, type Attachment } from './attachment.entity.js';
import type { AttachmentStore } from './attachment.store.js';
import { consumeUploadQuota, forgetPastUploadQuotas, hasUploadQuotaLeft, type UploadQuota } from './upload-quota.js';

/** Defaults of {@link AttachmentService}. */
export const ATTACHMENT_DEFAULTS = {
  /** Per client address and clock hour (docs/api.md, attachments). */
  quota: { filesPerHour: 30, bytesPerHour: 100 * 1024 * 1024 } satisfies UploadQuota,
  /** How often each instance sweeps unclaimed uploads away. */
  sweepIntervalMs: 3_600_000,
  /** Unclaimed uploads removed per transaction of a sweep; the rest waits for the next one. */
  sweepBatchSize: 200,
} as const;

export interface NewUpload {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  uploadedByAccountId: string | null;
  /** The client address the quota counts against. */
  address: string;
}

export class UploadQuotaExceeded extends Error {}

/**
 * The life of an upload: stored with its row (and counted against its address's quota) in one
 * transaction, and deleted with its file if no submission claimed it within a day. Files are
 * content-addressed, so two rows may share one: storing and deleting a file both hold a lock on
 * its key, and a file goes only when no row names it any more, with several instances too.
 */
export class AttachmentService {
  constructor(
    private readonly orm: MikroORM,
    private readonly files: AttachmentStore,
    private readonly quota: UploadQuota = ATTACHMENT_DEFAULTS.quota,
  ) {}

  /** Whether the address may still upload this hour (before its body is read). */
  hasQuotaLeft(address: string, now = new Date()): Promise<boolean> {
    return hasUploadQuotaLeft(this.orm.em.fork(), address, now, this.quota);
  }

  /** Stores the file and its row; throws {@link UploadQuotaExceeded} and keeps nothing past the quota. */
  async store(upload: NewUpload, now = new Date()): Promise<Attachment> {
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    return this.orm.em.fork().transactional(async (tx) => {
      if (!(await consumeUploadQuota(tx, upload.address, upload.bytes.length, now, this.quota)))
        throw new UploadQuotaExceeded();
      await lockFile(tx, sha256);
      const stored = await this.files.put(Readable.from(upload.bytes), upload.bytes.length);
      return tx.create(AttachmentEntity, {
        // random, not time-ordered: for an upload without an account the id is the only key
        // that lets the submitter attach it (docs/api.md, attachments)
        id: randomUUID(),
        petition: null,
        fileName: upload.fileName,
        contentType: upload.contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedByAccountId: upload.uploadedByAccountId,
        uploadedAt: now,
      });
    });
  }

  /**
   * Deletes the uploads no submission claimed within {@link INTAKE_DEFAULTS.attachmentClaimHours}
   * (they can no longer be claimed), and the files no other row shares, and forgets past hours'
   * quotas. Returns how many uploads went.
   */
  async sweepUnclaimed(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - INTAKE_DEFAULTS.attachmentClaimHours * 3_600_000);
    let deleted = 0;
    for (;;) {
      const batch = await this.orm.em.fork().transactional(async (tx) => {
        const rows = await tx.getConnection().execute<{ storage_key: string; sha256: string }[]>(
          `delete from petitions.attachment where id in (
             select id from petitions.attachment where petition_id is null and uploaded_at < ?
             order by uploaded_at limit ? for update skip locked)
           returning storage_key, sha256`,
          [cutoff, ATTACHMENT_DEFAULTS.sweepBatchSize],
          'all',
          tx.getTransactionContext(),
        );
        for (const { storage_key: key, sha256 } of new Map(rows.map((r) => [r.storage_key, r])).values()) {
          await lockFile(tx, sha256);
          const [shared] = await tx
            .getConnection()
            .execute(
              'select 1 from petitions.attachment where storage_key = ? limit 1',
              [key],
              'all',
              tx.getTransactionContext(),
            );
          if (!shared) await this.files.delete(key);
        }
        return rows.length;
      });
      deleted += batch;
      if (batch < ATTACHMENT_DEFAULTS.sweepBatchSize) break;
    }
    await forgetPastUploadQuotas(this.orm.em.fork(), now);
    return deleted;
  }
}

/** Until the transaction ends, nobody else stores or deletes the file of this content. */
async function lockFile(tx: EntityManager, sha256: string) {
  await tx
    .getConnection()
    .execute(
      'select pg_advisory_xact_lock(hashtextextended(?, 0))',
      [`attachment:${sha256}`],
      'all',
      tx.getTransactionContext(),
    );
}
