import type pg from 'pg';
import type { EventSource, FeedEvent } from './event-feed.js';
import { applyEvents } from './projector.js';

/** Defaults of {@link StatsProjection}. */
export const PROJECTION_DEFAULTS = {
  /** Events asked for per page (the feed gives at most 5000). */
  pageSize: 1000,
  /** After a failed round, the first wait; doubled up to `maxBackoffMs`. */
  backoffMs: 1_000,
  maxBackoffMs: 60_000,
} as const;

/** The feed the projections follow (the cursor's name). */
const SOURCE = 'petitions';

/** Every projection table, emptied by a rebuild. */
export const PROJECTION_TABLES = ['petition_fact', 'kpi_fact', 'kpi_day', 'kpi_month', 'trend_day', 'trend_month'];

/** How far the projections are (stats' `/healthz`). */
export interface ProjectionLag {
  source: string;
  /** The last event applied: `<tx>:<seq>`. */
  position: string;
  applied: number;
  lastAppliedAt: Date | null;
  /** When the newest event applied happened. */
  lastEventAt: string | null;
  /** Whether the last round found nothing more to apply. */
  caughtUp: boolean;
  lastError: string | null;
}

/**
 * The stats projections, fed by the petitions service's event feed: pages are pulled after
 * the stored cursor and each is applied **in one transaction with moving the cursor**, which is
 * locked and checked to be where the page began: a crash repeats nothing, and two instances
 * (or a rebuild beside the poll loop) never apply a page twice. Applying is idempotent as well.
 */
export class StatsProjection {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private caughtUp = false;
  private lastEventAt: string | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly feed: EventSource,
    private readonly pageSize: number = PROJECTION_DEFAULTS.pageSize,
  ) {}

  /** Applies pages until the feed has nothing more; the number of events applied. */
  async round(): Promise<number> {
    let total = 0;
    for (;;) {
      const applied = await this.nextPage();
      if (applied === 0) break;
      if (applied > 0) total += applied;
    }
    this.caughtUp = true;
    return total;
  }

  /**
   * One page: events after the cursor, applied with the cursor's move; the number applied, 0
   * when there is nothing new, −1 when another instance moved the cursor meanwhile (ask again).
   */
  private async nextPage(): Promise<number> {
    const after = await this.position();
    const events = await this.feed.page(after, this.pageSize);
    if (!events.length) return 0;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ at: string }>(
        `select last_tx_id::text || ':' || last_seq::text as at from stats.event_cursor where source = $1 for update`,
        [SOURCE],
      );
      if (rows[0]?.at !== after) {
        await client.query('rollback');
        return -1;
      }
      await applyEvents(client, events);
      const last = events[events.length - 1]!;
      await client.query(
        `update stats.event_cursor set last_tx_id = $2::xid8, last_seq = $3::bigint, applied = applied + $4,
           updated_at = now() where source = $1`,
        [SOURCE, last.tx, last.seq, events.length],
      );
      await client.query('commit');
      this.lastEventAt = lastOccurred(events);
      this.caughtUp = events.length < this.pageSize;
      return events.length;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async position(): Promise<string> {
    await this.pool.query(`insert into stats.event_cursor (source) values ($1) on conflict do nothing`, [SOURCE]);
    const { rows } = await this.pool.query<{ at: string }>(
      `select last_tx_id::text || ':' || last_seq::text as at from stats.event_cursor where source = $1`,
      [SOURCE],
    );
    return rows[0]!.at;
  }

  /**
   * Empties every projection and the cursor in one transaction, then applies the whole feed
   * again: the figures come from the events alone (`pnpm --filter @tjxf/stats rebuild`).
   */
  async rebuild(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(`insert into stats.event_cursor (source) values ($1) on conflict do nothing`, [SOURCE]);
      await client.query(`select 1 from stats.event_cursor where source = $1 for update`, [SOURCE]);
      for (const table of PROJECTION_TABLES) await client.query(`delete from stats.${table}`);
      await client.query(
        `update stats.event_cursor set last_tx_id = '0', last_seq = 0, applied = 0, updated_at = now() where source = $1`,
        [SOURCE],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return this.round();
  }

  /** Pulls every `pollMs` when idle, at once again after a full page; backs off after a failure. */
  start(pollMs: number, onError: (error: unknown) => void): void {
    let backoff: number = PROJECTION_DEFAULTS.backoffMs / 2;
    const tick = () => {
      this.running = this.nextPage().then(
        (applied) => {
          backoff = PROJECTION_DEFAULTS.backoffMs / 2;
          this.lastError = null;
          if (applied === 0) this.caughtUp = true;
          this.schedule(tick, applied !== 0 && !this.caughtUp ? 0 : pollMs);
        },
        (error: unknown) => {
          onError(error);
          this.lastError = error instanceof Error ? error.message : String(error);
          backoff = Math.min(backoff * 2, PROJECTION_DEFAULTS.maxBackoffMs);
          this.schedule(tick, Math.max(pollMs, backoff));
        },
      );
    };
    this.schedule(tick, 0);
  }

  private schedule(tick: () => void, ms: number) {
    if (!this.stopped) this.timer = setTimeout(tick, ms);
  }

  /** Stops pulling and waits for the page under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running.catch(() => {});
  }

  async lag(): Promise<ProjectionLag> {
    const { rows } = await this.pool.query<{ at: string; applied: string; updated_at: Date | null }>(
      `select last_tx_id::text || ':' || last_seq::text as at, applied::text, updated_at
         from stats.event_cursor where source = $1`,
      [SOURCE],
    );
    return {
      source: SOURCE,
      position: rows[0]?.at ?? '0:0',
      applied: Number(rows[0]?.applied ?? 0),
      lastAppliedAt: rows[0]?.updated_at ?? null,
      lastEventAt: this.lastEventAt,
      caughtUp: this.caughtUp,
      lastError: this.lastError,
    };
  }
}

const lastOccurred = (events: FeedEvent[]) => new Date(events[events.length - 1]!.occurredAt).toISOString();
