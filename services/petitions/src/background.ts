import { jobsSchemaOf, type MikroORM } from '@tjxf/db-kit';
import {
  JobQueue,
  OutboxDelivery,
  lagMetrics,
  type ConsumerLag,
  type FeedEvent,
  type OutboxConsumer,
  type OutboxPosition,
} from '@tjxf/jobs';
import { ATTACHMENT_DEFAULTS, type AttachmentService } from './attachment/attachment.service.js';
import type { PetitionsConfig } from './config.js';
import { petitionAuditConsumer } from './outbox/petition-audit/petition-audit.consumer.js';
import type { CalendarLookup } from './calendar/work-calendar.service.js';
import { DeadlineRecount } from './deadline/recount.js';
import { ProcedureScheduler } from './scheduler/scheduler.js';

/** The job queue's schema beside the service's own (made by the launcher, filled by `afterMigrate`). */
export const PETITIONS_JOBS_SCHEMA = jobsSchemaOf('petitions');

/** The names of the service's recurring jobs (queues in {@link PETITIONS_JOBS_SCHEMA}). */
export const RECURRING_JOBS = {
  /** The scheduler's round: reminders, overdue clocks, automatic supervision (R-T1, R-SUP). */
  procedureRound: 'procedure-round',
  /** Uploads never attached to a petition, removed after their claim period. */
  uploadSweep: 'upload-sweep',
  /** Running deadlines counted again when a year's work calendar changed (R-T1, deadline/recount.ts). */
  deadlineRecount: 'deadline-recount',
} as const;

/** The consumers of the petitions outbox, delivered to in this order (docs/events.md). */
export const OUTBOX_CONSUMERS: readonly OutboxConsumer[] = [petitionAuditConsumer];

export interface BackgroundWork {
  /** The recurring rounds, for tests to run with their own clock (`RunningService.rounds`). */
  rounds: { procedure: (now?: Date) => Promise<unknown>; deadlineRecount: (now?: Date) => Promise<unknown> };
  /** How far each consumer of the outbox is behind. */
  lag(): Promise<ConsumerLag[]>;
  /** The final events after a position, for the event feed (`/internal/events`, issue 12). */
  events(after: OutboxPosition, limit: number): Promise<FeedEvent[]>;
  /** The lag in Prometheus' text format (`/metrics`). */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The service's background work: the recurring jobs on the job queue, each once per period
 * across every instance and retried with backoff (`SCHEDULER_INTERVAL_SECONDS=0`: none in this
 * process; tests call the rounds themselves, with their own clock), and the delivery of the
 * outbox to its consumers (`OUTBOX_POLL_MS=0`: none in this process).
 */
export async function startBackgroundWork(
  config: PetitionsConfig,
  orm: MikroORM,
  parts: BackgroundParts,
): Promise<BackgroundWork> {
  const delivery = new OutboxDelivery({ connectionString: config.DATABASE_URL, schema: 'petitions' });
  if (config.OUTBOX_POLL_MS > 0) {
    delivery.start(
      OUTBOX_CONSUMERS,
      (consumer, error) => parts.log(`outbox consumer ${consumer} failed`, error),
      config.OUTBOX_POLL_MS,
    );
  }
  const scheduler = new ProcedureScheduler(orm, parts.calendars);
  const recount = new DeadlineRecount(orm, parts.calendars);
  const queue = config.SCHEDULER_INTERVAL_SECONDS > 0 ? await startJobs(config, parts, { scheduler, recount }) : null;
  return {
    rounds: { procedure: (now) => scheduler.tick(now), deadlineRecount: (now) => recount.run(now) },
    lag: () => delivery.lag(),
    events: (after, limit) => delivery.read(after, limit),
    metrics: async () => lagMetrics('petitions', await delivery.lag()),
    async stop() {
      await Promise.all([queue?.stop(), delivery.stop()]);
    },
  };
}

interface BackgroundParts {
  attachments: AttachmentService;
  calendars: CalendarLookup;
  log: (message: string, error: unknown) => void;
}

async function startJobs(
  config: PetitionsConfig,
  parts: BackgroundParts,
  rounds: { scheduler: ProcedureScheduler; recount: DeadlineRecount },
): Promise<JobQueue> {
  const queue = await JobQueue.start({
    connectionString: config.DATABASE_URL,
    schema: PETITIONS_JOBS_SCHEMA,
    onError: (error) => parts.log('background job failed', error),
  });
  await queue.every(RECURRING_JOBS.procedureRound, config.SCHEDULER_INTERVAL_SECONDS, () => rounds.scheduler.tick());
  await queue.every(RECURRING_JOBS.deadlineRecount, config.CALENDAR_RECOUNT_SECONDS, () => rounds.recount.run());
  await queue.every(RECURRING_JOBS.uploadSweep, ATTACHMENT_DEFAULTS.sweepIntervalMs / 1000, () =>
    parts.attachments.sweepUnclaimed(),
  );
  return queue;
}
