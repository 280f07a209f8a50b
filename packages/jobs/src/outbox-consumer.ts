import pg from 'pg';

const id = pg.escapeIdentifier;

/** Defaults of {@link OutboxDelivery}. */
export const OUTBOX_DELIVERY_DEFAULTS = {
  /** Events handed to a consumer in one transaction. */
  batchSize: 100,
  /** How often an idle instance looks for new events. */
  pollMs: 1_000,
  /** After a failed batch, the first wait before the next try; doubled up to `maxBackoffMs`. */
  backoffMs: 1_000,
  maxBackoffMs: 60_000,
} as const;

/** One event as a consumer receives it. */
export interface DeliveredEvent {
  /** Its place in the outbox (`seq`), unique: what an idempotent handler keys on. */
  seq: string;
  id: string;
  type: string;
  version: number;
  aggregateId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** A place in the outbox: the writing transaction and the `seq` (`0`, `0`: before the first event). */
export interface OutboxPosition {
  tx: string;
  seq: string;
}

/** An event with its writing transaction: the position to continue after. */
export type FeedEvent = DeliveredEvent & { tx: string };

/**
 * The next `limit` final events of an outbox after a position, in `(tx_id, seq)` order: only
 * rows whose transaction is older than every transaction still running, so that a row
 * committed later never lands behind a position already passed (docs/events.md, "Nothing
 * skipped"). The one query of delivery, shared by {@link OutboxDelivery} and the event feed.
 */
export async function readFinalEvents(
  db: DeliveryTransaction,
  table: string,
  after: OutboxPosition,
  limit: number,
): Promise<FeedEvent[]> {
  const { rows } = await db.query<FeedEvent>(
    // ordered by the columns, not by the text the list names `seq`: "100000" sorts before "99999",
    // and a transaction whose seqs cross a power of ten lost events (a bulk load of millions)
    `select e.seq::text as seq, e.tx_id::text as tx, e.id, e.type, e.version, e.aggregate_id as "aggregateId",
            e.occurred_at as "occurredAt", e.payload
       from ${table} as e
      where (e.tx_id, e.seq) > ($1::xid8, $2::bigint) and e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
      order by e.tx_id, e.seq
      limit $3`,
    [after.tx, after.seq, limit],
  );
  return rows;
}

/** What a handler may do in the delivery's transaction: run SQL on the service's database. */
export interface DeliveryTransaction {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * A consumer of the outbox. `handle` gets the next events in order (per aggregate, the order
 * they were written in) and runs inside the transaction that moves the consumer's cursor: what
 * it writes to the database commits with the cursor or not at all. Delivery is at least once
 * (a side effect outside the database, such as a webhook, may be repeated after a crash), so
 * a handler must be idempotent, keyed on the event's `seq` or `id`.
 */
export interface OutboxConsumer {
  /** Stored with its cursor; never renamed (a new name starts from the first event). */
  name: string;
  handle(events: DeliveredEvent[], tx: DeliveryTransaction): Promise<void>;
}

/** How far a consumer is behind. */
export interface ConsumerLag {
  consumer: string;
  /** Events written and not yet delivered to it (including those not yet safe to read). */
  pending: number;
  /** Events it has been delivered since it started. */
  delivered: number;
  /** When its cursor last moved, or null if never. */
  lastDeliveredAt: Date | null;
}

export interface OutboxDeliveryOptions {
  /** The service's database, as its runtime role. */
  connectionString: string;
  /** The service's schema, holding `outbox_event` and `consumer_cursor`. */
  schema: string;
  batchSize?: number;
}

/**
 * Delivers the outbox of one service to its consumers: one stored cursor per consumer, one
 * batch per transaction, the cursor row locked for the batch so that only one instance
 * delivers to a consumer at a time.
 *
 * Rows are read in the order (writing transaction, seq), and only rows whose transaction is
 * older than every transaction still running (`tx_id < pg_snapshot_xmin(pg_current_snapshot())`).
 * A `seq` is drawn when a row is inserted but becomes visible when its transaction commits,
 * in another order: a cursor on `seq` alone would pass a row that a slower transaction commits
 * later. Rows of finished transactions never change, and no running transaction can add one
 * below the cursor, so nothing is skipped (docs/events.md).
 */
export class OutboxDelivery {
  private readonly table: string;
  private readonly cursors: string;
  private readonly batchSize: number;
  private readonly pool: pg.Pool;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(options: OutboxDeliveryOptions) {
    this.table = `${id(options.schema)}.outbox_event`;
    this.cursors = `${id(options.schema)}.consumer_cursor`;
    this.batchSize = options.batchSize ?? OUTBOX_DELIVERY_DEFAULTS.batchSize;
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 2 });
    // a connection the server dropped (PostgreSQL restarted) is discarded, idle or checked out,
    // instead of crashing the process on an unhandled 'error'; the next batch reconnects
    this.pool.on('error', () => {});
    this.pool.on('connect', (client) => client.on('error', () => {}));
  }

  /**
   * Delivers the next batch to `consumer`; the number of events delivered. `wait`: wait for an
   * instance that is delivering to it to finish (tests, draining) instead of leaving it be.
   */
  async deliverBatch(consumer: OutboxConsumer, wait = false): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query(`insert into ${this.cursors} (consumer) values ($1) on conflict do nothing`, [consumer.name]);
      await client.query('begin');
      const cursor = await client.query<{ tx: string; seq: string }>(
        `select last_tx_id::text as tx, last_seq::text as seq from ${this.cursors} where consumer = $1
         for update ${wait ? '' : 'skip locked'}`,
        [consumer.name],
      );
      const at = cursor.rows[0];
      if (!at) {
        await client.query('rollback');
        return 0;
      }
      const rows = await readFinalEvents(client, this.table, at, this.batchSize);
      if (rows.length) {
        const events = rows.map(({ tx: _tx, ...event }) => event);
        await consumer.handle(events, client);
        const last = rows[rows.length - 1]!;
        await client.query(
          `update ${this.cursors} set last_tx_id = $2::xid8, last_seq = $3::bigint,
             delivered = delivered + $4, updated_at = now() where consumer = $1`,
          [consumer.name, last.tx, last.seq, rows.length],
        );
      }
      await client.query('commit');
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The final events after a position, in delivery order, without a consumer: what the event
   * feed serves to other services, which keep their own cursors (`/internal/events`, docs/events.md).
   */
  read(after: OutboxPosition, limit: number): Promise<FeedEvent[]> {
    return readFinalEvents(this.pool, this.table, after, limit);
  }

  /** Delivers to `consumer` until nothing safe to read is left; the number delivered. */
  async drain(consumer: OutboxConsumer): Promise<number> {
    let total = 0;
    for (let n = await this.deliverBatch(consumer, true); n > 0; n = await this.deliverBatch(consumer, true))
      total += n;
    return total;
  }

  /**
   * Keeps delivering to each consumer in this process, every `pollMs` when idle; after a failed
   * batch (rolled back, cursor unchanged) waits longer each time, up to `maxBackoffMs`. The same
   * batch comes again: a consumer stays stuck on an event it cannot handle, which its lag shows.
   */
  start(
    consumers: readonly OutboxConsumer[],
    onError: (consumer: string, error: unknown) => void,
    pollMs: number,
  ): void {
    const backoff = new Map<string, number>();
    const round = async () => {
      let busy = false;
      let delay = pollMs;
      for (const consumer of consumers) {
        try {
          busy = (await this.deliverBatch(consumer)) === this.batchSize || busy;
          backoff.delete(consumer.name);
        } catch (error) {
          onError(consumer.name, error);
          const wait = Math.min(
            (backoff.get(consumer.name) ?? OUTBOX_DELIVERY_DEFAULTS.backoffMs / 2) * 2,
            OUTBOX_DELIVERY_DEFAULTS.maxBackoffMs,
          );
          backoff.set(consumer.name, wait);
          delay = Math.max(delay, wait);
        }
      }
      if (!this.stopped) this.timer = setTimeout(tick, busy ? 0 : delay);
    };
    const tick = () => {
      this.running = round();
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops delivering, waits for the batch under way and closes the connections. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.pool.end();
  }

  /** How far each consumer that has a cursor is behind (the metric and the health detail). */
  async lag(): Promise<ConsumerLag[]> {
    const { rows } = await this.pool.query<{
      consumer: string;
      pending: string;
      delivered: string;
      updated_at: Date | null;
    }>(
      `select c.consumer, c.delivered::text, c.updated_at,
              (select count(*) from ${this.table} e where (e.tx_id, e.seq) > (c.last_tx_id, c.last_seq))::text as pending
         from ${this.cursors} c order by c.consumer`,
    );
    return rows.map((r) => ({
      consumer: r.consumer,
      pending: Number(r.pending),
      delivered: Number(r.delivered),
      lastDeliveredAt: r.updated_at,
    }));
  }
}

/** The lag of each consumer in Prometheus' text format, for a service's `/metrics`. */
export function lagMetrics(service: string, lag: ConsumerLag[]): string {
  const label = (c: ConsumerLag) => `{service="${service}",consumer="${c.consumer}"}`;
  return [
    '# HELP tjxf_outbox_pending_events Outbox events written and not yet delivered to the consumer.',
    '# TYPE tjxf_outbox_pending_events gauge',
    ...lag.map((c) => `tjxf_outbox_pending_events${label(c)} ${c.pending}`),
    '# HELP tjxf_outbox_delivered_events_total Outbox events delivered to the consumer.',
    '# TYPE tjxf_outbox_delivered_events_total counter',
    ...lag.map((c) => `tjxf_outbox_delivered_events_total${label(c)} ${c.delivered}`),
    '# HELP tjxf_outbox_last_delivery_seconds When the consumer last received events (Unix time).',
    '# TYPE tjxf_outbox_last_delivery_seconds gauge',
    ...lag.map((c) => `tjxf_outbox_last_delivery_seconds${label(c)} ${(c.lastDeliveredAt?.getTime() ?? 0) / 1000}`),
    '',
  ].join('\n');
}
