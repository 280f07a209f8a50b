import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Worker } from 'node:worker_threads';
import { GENERATED_SCOPE } from './generate.js';
import { TABLES, type Table } from './rows.js';
import type { WorkerInput } from './worker.js';

export interface LoadOptions extends Omit<WorkerInput, 'usedTrackingCodes'> {
  /** Petitions per transaction: a few large ones (a failure rolls back only the current one). */
  perTransaction?: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  petitions: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Whether the audit view (`petition-audit`) was filled and its cursor moved, rather than left to catch up. */
  auditFilled: boolean;
}

/** The consumer whose table the generator fills itself (docs/generator.md, "The audit view"). */
const AUDIT_CONSUMER = 'petition-audit';

/**
 * Generates a history and copies it into the petitions schema of `url` (a user who may write
 * it: the schema's owner, or a superuser), with `COPY … FROM STDIN` in transactions of
 * `perTransaction` petitions. When the `petition-audit` consumer had delivered everything
 * before, each transaction also copies its events into the audit view and moves that
 * consumer's cursor past them: at a million petitions, catching up 100 events a batch would
 * take hours. Other consumers (the statistics) start from the first event as usual.
 */
export async function loadHistory(url: string, options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let rows = 0;
  let petitions = 0;
  try {
    const used = new Set(
      (await client.query<{ code: string }>('select tracking_code as code from petitions.petition')).rows.map(
        (r) => r.code,
      ),
    );
    const perTransaction = options.perTransaction ?? 50_000;
    const chunk = Math.min(options.chunk ?? 2_000, perTransaction);
    const auditFilled = await auditCaughtUp(client);
    let inTransaction = 0;
    const { log: _log, perTransaction: _per, ...input } = options;
    for await (const batch of generated({ ...input, chunk, usedTrackingCodes: used })) {
      if (inTransaction === 0) await client.query('begin');
      const counted = batch.count;
      for (const [table, lines] of batch.tables) {
        if (table === 'petition') petitions += lines.length;
        if (!lines.length) continue;
        await pipeline(
          Readable.from(pieces(lines)),
          client.query(copyFrom(`copy petitions.${table} (${TABLES[table].join(', ')}) from stdin`)),
        );
      }
      rows += counted;
      inTransaction += chunk;
      if (inTransaction >= perTransaction) {
        await commit(client, auditFilled);
        inTransaction = 0;
        log(
          `${petitions.toLocaleString('en')} petitions, ${rows.toLocaleString('en')} rows, ${rate(rows, started)} rows/s`,
        );
      }
    }
    if (inTransaction) await commit(client, auditFilled);
    const [{ count }] = (
      await client.query<{ count: string }>('select count(*) from petitions.petition where idempotency_scope = $1', [
        GENERATED_SCOPE,
      ])
    ).rows as [{ count: string }];
    await client.query(
      'analyze petitions.petition, petitions.outbox_event, petitions.deadline, petitions.petition_history',
    );
    const seconds = (performance.now() - started) / 1000;
    log(`generated petitions now in the database: ${Number(count).toLocaleString('en')}`);
    return { petitions, rows, seconds, rowsPerSecond: Math.round(rows / seconds), auditFilled };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Lines joined 2,000 at a time (a few hundred kilobytes): one CopyData message each rather than one per row. */
function* pieces(lines: string[]): Generator<string> {
  for (let i = 0; i < lines.length; i += 2_000) yield `${lines.slice(i, i + 2_000).join('\n')}\n`;
}

/** The chunks of rows, generated in a worker thread while this one copies the previous chunk. */
async function* generated(input: WorkerInput): AsyncGenerator<{ count: number; tables: [Table, string[]][] }> {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input });
  const queue: unknown[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (m) => (queue.push(m), wake?.()));
  worker.on('error', (e) => ((failure = e), wake?.()));
  worker.on('exit', (code) => (code && !failure && (failure = new Error(`the generator stopped (${code})`)), wake?.()));
  try {
    for (;;) {
      while (!queue.length && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const message = queue.shift() as { done?: true; count: number; tables: [Table, string[]][] };
      if (message.done) return;
      worker.postMessage('more');
      yield message;
    }
  } finally {
    await worker.terminate();
  }
}

const rate = (rows: number, started: number) =>
  Math.round(rows / ((performance.now() - started) / 1000)).toLocaleString('en');

/** Whether the audit consumer has delivered every event there is (or has no cursor yet and there are none). */
async function auditCaughtUp(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ pending: boolean }>(
    `select exists (
       select 1 from petitions.outbox_event e
        where (e.tx_id, e.seq) > coalesce((select (c.last_tx_id, c.last_seq) from petitions.consumer_cursor c where c.consumer = $1),
                                         ('0'::xid8, 0::bigint))
     ) as pending`,
    [AUDIT_CONSUMER],
  );
  return !rows[0]!.pending;
}

/** Ends a transaction; with the audit view kept, copies this transaction's events into it and moves the cursor. */
async function commit(client: pg.Client, audit: boolean): Promise<void> {
  if (audit) {
    await client.query(
      `insert into petitions.petition_audit_event (seq, petition_id, type, version, occurred_at, payload)
       select seq, aggregate_id, type, version, occurred_at, payload from petitions.outbox_event
        where tx_id = pg_current_xact_id() order by seq`,
    );
    await client.query(
      `insert into petitions.consumer_cursor (consumer, last_tx_id, last_seq, delivered, updated_at)
       select $1, pg_current_xact_id(), max(seq), count(*), now() from petitions.outbox_event where tx_id = pg_current_xact_id()
       on conflict (consumer) do update set last_tx_id = excluded.last_tx_id, last_seq = excluded.last_seq,
         delivered = petitions.consumer_cursor.delivered + excluded.delivered, updated_at = excluded.updated_at`,
      [AUDIT_CONSUMER],
    );
  }
  await client.query('commit');
}
