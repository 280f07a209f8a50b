import { fork } from 'node:child_process';
import { OutboxDelivery, type DeliveredEvent, type OutboxConsumer } from '@tjxf/jobs';
import { OUTBOX_EVENT_TYPES, petitionAuditConsumer } from '@tjxf/petitions';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The outbox consumer framework (issue 9, item 4): one cursor per consumer, at-least-once and
// in order, one instance at a time, nothing skipped when transactions commit out of order,
// nothing lost or applied twice when a consumer dies mid-batch.
let platform: TestPlatform;
let admin: pg.Client;
const deliveries: OutboxDelivery[] = [];

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), { serviceEnv: { petitions: { OUTBOX_POLL_MS: '0' } } });
  admin = new pg.Client({ connectionString: platform.databaseUrl });
  await admin.connect();
  const runtime = new URL(platform.connections.petitions.url).username;
  await admin.query('create table petitions.test_consumer_log (consumer text not null, seq bigint not null)');
  await admin.query(`grant insert, select on petitions.test_consumer_log to ${runtime}`);
});
afterAll(async () => {
  await Promise.all(deliveries.map((d) => d.stop()));
  await admin?.end();
  await platform?.stop();
});

/** A delivery as the petitions service's runtime role. */
function delivery(batchSize?: number): OutboxDelivery {
  const made = new OutboxDelivery({
    connectionString: platform.connections.petitions.url,
    schema: 'petitions',
    ...(batchSize ? { batchSize } : {}),
  });
  deliveries.push(made);
  return made;
}

/** A consumer that logs each event it handles in the delivery's transaction (no key: a second application shows). */
function logging(name: string, during?: (event: DeliveredEvent, index: number) => Promise<void>): OutboxConsumer {
  return {
    name,
    async handle(events, tx) {
      for (const [i, event] of events.entries()) {
        await tx.query('insert into petitions.test_consumer_log (consumer, seq) values ($1, $2)', [name, event.seq]);
        await during?.(event, i);
      }
    },
  };
}

async function logged(consumer: string): Promise<string[]> {
  const { rows } = await admin.query<{ s: string }>(
    'select seq::text as s from petitions.test_consumer_log where consumer = $1 order by seq',
    [consumer],
  );
  return rows.map((r) => r.s);
}

async function allEvents(): Promise<string[]> {
  const { rows } = await admin.query<{ s: string }>('select seq::text as s from petitions.outbox_event order by seq');
  return rows.map((r) => r.s);
}

const insertEvent = (client: pg.Client, type = 'PetitionAccepted') =>
  client.query<{ seq: string }>(
    `insert into petitions.outbox_event (id, type, aggregate_id, occurred_at, payload)
     values ($1, $2, $3, now(), '{}') returning seq::text`,
    [randomUUID(), type, randomUUID()],
  );

async function connected(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: platform.connections.petitions.url });
  await client.connect();
  return client;
}

/** Drains until `seqs` are all delivered (a transaction elsewhere on the server may hold the horizon a moment). */
async function drainUntil(d: OutboxDelivery, consumer: OutboxConsumer, seqs: string[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await d.drain(consumer);
    const done = await logged(consumer.name);
    if (seqs.every((s) => done.includes(s))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the outbox consumers (issue 9)', () => {
  it('delivers every event once, in order, to a new consumer, and moves its stored cursor', async () => {
    const consumer = logging('test-all');
    await drainUntil(delivery(7), consumer, await allEvents());
    const seqs = await logged('test-all');
    expect(seqs).toEqual(await allEvents()); // the demo data's events, each once
    expect(new Set(seqs).size).toBe(seqs.length);
    const [cursor] = (
      await admin.query('select delivered::int from petitions.consumer_cursor where consumer = $1', ['test-all'])
    ).rows;
    expect(cursor).toEqual({ delivered: seqs.length });
    expect(await delivery().drain(consumer)).toBe(0); // nothing twice
  });

  it('does not pass an event whose transaction commits after a later one (two overlapping transactions)', async () => {
    const consumer = logging('test-overlap');
    const d = delivery();
    await drainUntil(d, consumer, await allEvents());
    const [slow, fast] = await Promise.all([connected(), connected()]);
    try {
      // `slow` takes its transaction id first, `fast` draws the lower seq; `slow` commits first
      await slow.query('begin');
      await slow.query('select pg_current_xact_id()');
      await fast.query('begin');
      const low = (await insertEvent(fast)).rows[0]!.seq;
      const high = (await insertEvent(slow)).rows[0]!.seq;
      expect(Number(low)).toBeLessThan(Number(high));
      await slow.query('commit');
      // the pitfall: `high` is visible and `low` is not, so a cursor on seq alone would stand at
      // `high`, past `low`, and never deliver it
      const visible = await admin.query<{ s: string }>(
        'select seq::text as s from petitions.outbox_event where seq in ($1, $2)',
        [low, high],
      );
      expect(visible.rows.map((r) => r.s)).toEqual([high]);
      await d.drain(consumer);
      expect(await logged('test-overlap')).not.toContain(low);
      await fast.query('commit');
      await drainUntil(d, consumer, [low, high]);
      const seqs = await logged('test-overlap');
      expect(seqs.filter((s) => s === low || s === high).sort()).toEqual([low, high].sort());
      expect(new Set(seqs).size).toBe(seqs.length);
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
  });

  it('keeps the order of one transaction whose seqs cross a power of ten, skipping none (a bulk load)', async () => {
    const consumer = (order: string[]) => logging('test-digits', async (event) => void order.push(event.seq));
    const d = delivery(2);
    await drainUntil(d, consumer([]), await allEvents());
    // the next seqs cross from 99…9 to 100…0, all in one transaction, as the generator writes
    const [{ last }] = (
      await admin.query<{ last: string }>('select max(seq)::text as last from petitions.outbox_event')
    ).rows as [{ last: string }];
    await admin.query(`select setval(pg_get_serial_sequence('petitions.outbox_event', 'seq'), $1)`, [
      10 ** (last.length + 1) - 3,
    ]);
    const client = await connected();
    const written: string[] = [];
    try {
      await client.query('begin');
      for (let i = 0; i < 5; i++) written.push((await insertEvent(client)).rows[0]!.seq);
      await client.query('commit');
    } finally {
      await client.end();
    }
    expect(written.map((s) => s.length)).toEqual([
      last.length + 1,
      last.length + 1,
      last.length + 2,
      last.length + 2,
      last.length + 2,
    ]);
    const order: string[] = [];
    await drainUntil(d, consumer(order), written);
    expect(order).toEqual(written);
  });

  it('loses nothing and applies nothing twice when a consumer is killed mid-batch and started again', async () => {
    const all = await allEvents();
    const child = fork(new URL('./support/outbox-child.mjs', import.meta.url), [
      platform.connections.petitions.url,
      'test-killed',
    ]);
    const said = await new Promise<unknown>((resolve) => child.once('message', resolve));
    expect(said).toBe('mid-batch');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // the first batch committed with the cursor; the second died with its transaction
    expect(await logged('test-killed')).toEqual(all.slice(0, 5));
    await drainUntil(delivery(5), logging('test-killed'), all);
    expect(await logged('test-killed')).toEqual(all);
  });

  it('rolls back a batch whose handler fails part-way and delivers it again, whole', async () => {
    const all = await allEvents();
    let failures = 0;
    const flaky = logging('test-flaky', async (_event, index) => {
      if (index === 3 && failures++ < 2) throw new Error('the handler fails after part of the batch');
    });
    const d = delivery(10);
    await expect(d.drain(flaky)).rejects.toThrow(/part of the batch/);
    expect(await logged('test-flaky')).toEqual([]);
    await expect(d.drain(flaky)).rejects.toThrow(/part of the batch/);
    await drainUntil(d, flaky, all);
    expect(await logged('test-flaky')).toEqual(all);
  });

  it('lets only one instance deliver to a consumer at a time, however many run', async () => {
    const all = await allEvents();
    let inFlight = 0;
    let most = 0;
    const consumer = logging('test-parallel', async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
    });
    const instances = [delivery(4), delivery(4), delivery(4), delivery(4)];
    await Promise.all(instances.map((d) => d.drain(consumer)));
    await drainUntil(instances[0]!, consumer, all);
    expect(most).toBe(1);
    expect(await logged('test-parallel')).toEqual(all);
  });

  it('applies events delivered again to the audit view only once (an idempotent handler)', async () => {
    const d = delivery();
    const count = async () =>
      (
        await admin.query<{ n: number; seqs: number }>(
          'select count(*)::int as n, count(distinct seq)::int as seqs from petitions.petition_audit_event',
        )
      ).rows[0]!;
    await d.drain(petitionAuditConsumer);
    const once = await count();
    expect(once.n).toBeGreaterThan(0);
    // as after a crash between the handler's work and the cursor's commit: everything comes again
    await admin.query(
      `update petitions.consumer_cursor set last_tx_id = '0', last_seq = 0 where consumer = 'petition-audit'`,
    );
    await d.drain(petitionAuditConsumer);
    expect(await count()).toEqual({ n: once.n, seqs: once.n });
  });

  it('writes every event at the version its type has in the registry', async () => {
    const { rows } = await admin.query<{ type: string; version: number }>(
      'select distinct type, version from petitions.outbox_event where payload <> $1',
      ['{}'],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { type, version } of rows) {
      expect(OUTBOX_EVENT_TYPES, type).toHaveProperty(type);
      expect(version, type).toBe(OUTBOX_EVENT_TYPES[type as keyof typeof OUTBOX_EVENT_TYPES].version);
    }
  });
});
