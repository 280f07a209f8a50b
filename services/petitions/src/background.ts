import { jobsSchemaOf, type MikroORM } from '@tjxf/db-kit';
import { JobQueue } from '@tjxf/jobs';
import { ATTACHMENT_DEFAULTS, type AttachmentService } from './attachment/attachment.service.js';
import type { PetitionsConfig } from './config.js';
import { ProcedureScheduler } from './scheduler/scheduler.js';

/** The job queue's schema beside the service's own (made by the launcher, filled by `afterMigrate`). */
export const PETITIONS_JOBS_SCHEMA = jobsSchemaOf('petitions');

/** The names of the service's recurring jobs (queues in {@link PETITIONS_JOBS_SCHEMA}). */
export const RECURRING_JOBS = {
  /** The scheduler's round: reminders, overdue clocks, automatic supervision (R-T1, R-SUP). */
  procedureRound: 'procedure-round',
  /** Uploads never attached to a petition, removed after their claim period. */
  uploadSweep: 'upload-sweep',
} as const;

/**
 * The service's background work on the job queue: each recurring job runs once per period
 * across every instance, retried with backoff when it fails. `SCHEDULER_INTERVAL_SECONDS=0`
 * runs none in this process (tests call the rounds themselves, with their own clock).
 */
export async function startBackgroundWork(
  config: PetitionsConfig,
  orm: MikroORM,
  parts: { attachments: AttachmentService; log: (message: string, error: unknown) => void },
): Promise<{ stop(): Promise<void> }> {
  if (config.SCHEDULER_INTERVAL_SECONDS <= 0) return { stop: async () => {} };
  const queue = await JobQueue.start({
    connectionString: config.DATABASE_URL,
    schema: PETITIONS_JOBS_SCHEMA,
    onError: (error) => parts.log('background job failed', error),
  });
  const scheduler = new ProcedureScheduler(orm);
  await queue.every(RECURRING_JOBS.procedureRound, config.SCHEDULER_INTERVAL_SECONDS, () => scheduler.tick());
  await queue.every(RECURRING_JOBS.uploadSweep, ATTACHMENT_DEFAULTS.sweepIntervalMs / 1000, () =>
    parts.attachments.sweepUnclaimed(),
  );
  return queue;
}
