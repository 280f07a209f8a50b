import { PgBoss } from 'pg-boss';

/** Defaults of {@link JobQueue}: retries with exponential backoff, and how often workers look for work. */
export const JOB_QUEUE_DEFAULTS = {
  /** Attempts after the first before a job is left failed. */
  retryLimit: 5,
  /** Seconds before the first retry; doubled at each next one (`retryBackoff`). */
  retryDelaySeconds: 5,
  /** The longest wait between two retries. */
  retryDelayMaxSeconds: 300,
  /** A job still running after this long is taken as lost (its process died) and retried. */
  expireInSeconds: 15 * 60,
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds: 1,
  /** Finished jobs are kept this long (a slot's job must outlive its slot, see {@link JobQueue.every}). */
  deleteAfterSeconds: 7 * 86_400,
  /**
   * How long {@link JobQueue.stop} waits for running jobs; those still running then are failed,
   * so that they are retried. Below the service's own shutdown bound (`serviceMain`).
   */
  stopTimeoutSeconds: 6,
} as const;

export interface JobQueueOptions {
  /** A connection as the service's runtime role. */
  connectionString: string;
  /** The schema holding the queue's tables, made by {@link installJobQueue}. */
  schema: string;
  /** Told of a job that failed (it is retried) and of the queue's own errors. */
  onError: (error: unknown) => void;
  /** Overrides of {@link JOB_QUEUE_DEFAULTS} (tests shorten the retry delay). */
  settings?: Partial<JobQueueSettings>;
}

export type JobQueueSettings = { -readonly [K in keyof typeof JOB_QUEUE_DEFAULTS]: number };

/** A job's handler; a thrown error fails the attempt, and the job is retried with backoff. */
export type JobHandler<T extends object> = (data: T) => Promise<unknown>;

/**
 * Background work on PostgreSQL (pg-boss): named jobs, retried with exponential backoff, run by
 * whichever instance of the service asks first. The queue's tables are installed by the schema's
 * owner ({@link installJobQueue}); the service runs as its runtime role and never migrates.
 */
export class JobQueue {
  private readonly triggers: NodeJS.Timeout[] = [];

  private constructor(
    private readonly boss: PgBoss,
    private readonly settings: JobQueueSettings,
  ) {}

  static async start(options: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      max: 4,
      migrate: false,
      createSchema: false,
      // recurring work is triggered by {@link every}; cron schedules are not used
      schedule: false,
      // REINDEX needs the tables' owner; the runtime role only uses rows
      reindex: false,
    });
    boss.on('error', options.onError);
    await boss.start();
    return new JobQueue(boss, { ...JOB_QUEUE_DEFAULTS, ...options.settings });
  }

  /** Handles jobs of queue `name` (made if missing); at most `concurrency` at once in this process. */
  async define<T extends object>(name: string, handler: JobHandler<T>, concurrency = 1): Promise<void> {
    await this.createQueue(name, 'standard');
    await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.settings.pollingIntervalSeconds, localConcurrency: concurrency },
      async ([job]) => handler(job!.data),
    );
  }

  /** Adds a job to queue `name`; returns its id. */
  async send(name: string, data: object): Promise<string | null> {
    return this.boss.send(name, data);
  }

  /**
   * Runs `run` every `seconds`, once per period across every instance of the service: each
   * instance offers a job for the current period, and the queue keeps one job per period
   * (a unique slot) and at most one waiting and one running (`stately`), so a slow round is
   * neither overlapped nor piled up. A failed round is retried with backoff.
   */
  async every(name: string, seconds: number, run: (period: Date) => Promise<unknown>): Promise<void> {
    await this.createQueue(name, 'stately');
    await this.boss.work<{ period: string }>(
      name,
      { pollingIntervalSeconds: Math.min(seconds, this.settings.pollingIntervalSeconds) },
      async ([job]) => run(new Date(job!.data.period)),
    );
    const offer = () => {
      const period = new Date(Math.floor(Date.now() / (seconds * 1000)) * seconds * 1000);
      this.boss.sendThrottled(name, { period: period.toISOString() }, null, seconds).catch(() => {
        // the period's job exists already, or the database is away: the next period offers again
      });
    };
    offer();
    const timer = setInterval(offer, seconds * 1000);
    timer.unref();
    this.triggers.push(timer);
  }

  /** Stops offering and taking work; waits for running jobs to finish, or fails them for a retry. */
  async stop(): Promise<void> {
    this.triggers.forEach((t) => clearInterval(t));
    await this.boss.stop({ graceful: true, timeout: this.settings.stopTimeoutSeconds * 1000 });
  }

  /** Makes the queue unless it exists (pg-boss ignores a second creation). */
  private async createQueue(name: string, policy: 'standard' | 'stately'): Promise<void> {
    await this.boss.createQueue(name, {
      policy,
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryDelayMax: this.settings.retryDelayMaxSeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.expireInSeconds,
      deleteAfterSeconds: this.settings.deleteAfterSeconds,
    });
  }
}
