import { defineEntity, p, type EntityManager } from '@mikro-orm/core';

/** Uploads from one client address within one clock hour: what its quota has used. */
export const UploadQuotaEntity = defineEntity({
  name: 'UploadQuota',
  tableName: 'upload_quota',
  properties: {
    address: p.string().length(64).primary(),
    windowStart: p.datetime().primary(),
    files: p.integer(),
    bytes: p.bigint('number'),
  },
});

export interface UploadQuota {
  filesPerHour: number;
  bytesPerHour: number;
}

const HOUR_MS = 3_600_000;
const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);

/** Seconds until the hour of `now` ends and its quota starts afresh. */
export const secondsToNextWindow = (now: Date) => Math.ceil((windowOf(now).getTime() + HOUR_MS - now.getTime()) / 1000);

/** Whether the address may still upload this hour: a cheap look before the body is read. */
export async function hasUploadQuotaLeft(em: EntityManager, address: string, now: Date, quota: UploadQuota) {
  const [used] = await em
    .getConnection()
    .execute<{ files: number; bytes: string }[]>(
      'select files, bytes from petitions.upload_quota where address = ? and window_start = ?',
      [address, windowOf(now)],
    );
  return !used || (used.files < quota.filesPerHour && Number(used.bytes) < quota.bytesPerHour);
}

/**
 * Counts one upload of `size` bytes against the address's hour, in the caller's transaction,
 * or returns false and counts nothing if it would exceed the quota. One statement: parallel
 * uploads from one address queue on its row, so no burst gets past the limit.
 */
export async function consumeUploadQuota(
  tx: EntityManager,
  address: string,
  size: number,
  now: Date,
  quota: UploadQuota,
): Promise<boolean> {
  if (size > quota.bytesPerHour || quota.filesPerHour < 1) return false;
  const rows = await tx.getConnection().execute<{ files: number }[]>(
    `insert into petitions.upload_quota as q (address, window_start, files, bytes) values (?, ?, 1, ?)
     on conflict (address, window_start) do update set files = q.files + 1, bytes = q.bytes + excluded.bytes
       where q.files + 1 <= ? and q.bytes + excluded.bytes <= ?
     returning files`,
    [address, windowOf(now), size, quota.filesPerHour, quota.bytesPerHour],
    'all',
    tx.getTransactionContext(),
  );
  return rows.length === 1;
}

/** Forgets the hours before `now`'s: they limit nothing any more. */
export async function forgetPastUploadQuotas(em: EntityManager, now: Date): Promise<void> {
  await em.getConnection().execute('delete from petitions.upload_quota where window_start < ?', [windowOf(now)]);
}
