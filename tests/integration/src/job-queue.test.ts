import { JobQueue } from '@tjxf/jobs';
import { PETITIONS_JOBS_SCHEMA, RECURRING_JOBS } from '@tjxf/petitions';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// Background work on the job queue (issue 9, item 5): the scheduler's rounds, once per period
// across instances, retried with backoff; run as the service's runtime role.
let platform: TestPlatform;
const queues: JobQueue[] = [];
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), {
    serviceEnv: { petitions: { SCHEDULER_INTERVAL_SECONDS: '1' } },
  });
});
afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop()));
  await platform?.stop();
});

/** A queue of the petitions service, as its runtime role, with a short retry delay. */
async function queue(): Promise<JobQueue> {
  const started = await JobQueue.start({
    connectionString: platform.connections.petitions.url,
    schema: PETITIONS_JOBS_SCHEMA,
    onError: () => {},
    settings: { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5 },
  });
  queues.push(started);
  return started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function jobs(name: string) {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string }>(
      `select state from ${PETITIONS_JOBS_SCHEMA}.job where name = $1`,
      [name],
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('background work on the job queue (issue 9)', () => {
  it('two worker instances run a recurring round only once per period, never at the same time', async () => {
    const [a, b] = await Promise.all([queue(), queue()]);
    const periods: string[] = [];
    let running = 0;
    let overlapped = false;
    const round = (instance: string) => async (period: Date) => {
      running++;
      if (running > 1) overlapped = true;
      periods.push(period.toISOString());
      await sleep(150);
      running--;
      return instance;
    };
    await Promise.all([a.every('test-round', 1, round('a')), b.every('test-round', 1, round('b'))]);
    await sleep(4_500);
    expect(periods.length).toBeGreaterThanOrEqual(3);
    expect(new Set(periods).size).toBe(periods.length); // each period once, across both instances
    expect(overlapped).toBe(false);
  });

  it('retries a failed job with backoff until it succeeds', async () => {
    const worker = await queue();
    const attempts: number[] = [];
    await worker.define<{ n: number }>('test-flaky', async ({ n }) => {
      attempts.push(n);
      if (attempts.length < 2) throw new Error('the first attempt fails');
    });
    await worker.send('test-flaky', { n: 7 });
    for (let i = 0; i < 40 && attempts.length < 2; i++) await sleep(250);
    expect(attempts).toEqual([7, 7]);
    await sleep(300);
    expect((await jobs('test-flaky')).map((j) => j.state)).toEqual(['completed']);
  });

  it('runs the scheduler round of a service started with SCHEDULER_INTERVAL_SECONDS, as its runtime role', async () => {
    let done: { state: string }[] = [];
    for (let i = 0; i < 40 && !done.some((j) => j.state === 'completed'); i++) {
      await sleep(250);
      done = await jobs(RECURRING_JOBS.procedureRound);
    }
    expect(done.map((j) => j.state)).toContain('completed');
  });
});
