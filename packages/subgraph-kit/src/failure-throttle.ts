import { defineEntity, p } from '@mikro-orm/core';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottleRule {
  /** What is counted, e.g. `account` or `address`. */
  name: string;
  /** Tries allowed within the window. A try that succeeds is given back (or clears the count). */
  tries: number;
  windowSeconds: number;
  /** How long a key is paused once it has used them up. */
  blockSeconds: number;
  /**
   * Growing pauses: each further pause of the same key within `memorySeconds` lasts twice the
   * one before, up to `maxBlockSeconds`. Without it every pause lasts `blockSeconds`.
   */
  backoff?: { maxBlockSeconds: number; memorySeconds: number };
}

/** A key per rule; a rule given no key (e.g. no client address known) is not counted. */
export type ThrottleKeys<TRule extends string> = Partial<Record<TRule, string | null>>;

/** How long the `pauses`-th pause of a key lasts under `rule` (1 for the first). */
export const pauseSeconds = (rule: ThrottleRule, pauses: number): number =>
  rule.backoff
    ? Math.min(rule.blockSeconds * 2 ** Math.max(pauses - 1, 0), rule.backoff.maxBlockSeconds)
    : rule.blockSeconds;

interface Counter {
  rule: ThrottleRule;
  tries: RateLimiterPostgres;
  /** Pauses within the backoff's memory, for rules that grow them. */
  pauses: RateLimiterPostgres | null;
}

/**
 * Limits tries of a secret (passwords, tracking codes) per key in PostgreSQL, so every instance
 * of a service sees the same counts, with rate-limiter-flexible. A try is taken BEFORE the
 * secret is checked: each take is one atomic upsert, so of any number of parallel tries no
 * more than a rule's allowance is ever checked. The table has the layout that library expects
 * and is created by the service's migration.
 */
export class FailureThrottle<TRule extends string> {
  private readonly pool: pg.Pool;
  /** In the order of the rules given: most specific first. */
  private readonly counters: (Counter & { rule: { name: TRule } })[];

  /** `rules` go from the most specific key (e.g. account and address) to the broadest. */
  constructor(databaseUrl: string, schema: string, table: string, rules: readonly (ThrottleRule & { name: TRule })[]) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    // a connection the server dropped (PostgreSQL restarted) is discarded, idle or checked out,
    // instead of crashing the process on an unhandled 'error'; the next try reconnects
    this.pool.on('error', () => {});
    this.pool.on('connect', (client) => client.on('error', () => {}));
    const limiter = (keyPrefix: string, points: number, duration: number, blockDuration: number) =>
      new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        schemaName: schema,
        tableName: table,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
        blockDuration,
      });
    this.counters = rules.map((rule) => ({
      rule,
      tries: limiter(rule.name, rule.tries, rule.windowSeconds, rule.blockSeconds),
      pauses: rule.backoff
        ? limiter(`${rule.name}-pauses`, Number.MAX_SAFE_INTEGER, rule.backoff.memorySeconds, 0)
        : null,
    }));
  }

  /**
   * Takes one try from each key, rule by rule, before the caller checks the secret. Returns 0
   * when the try may go ahead, or the seconds to wait. A refused try counts against no key (the
   * tries already taken are given back), so a paused caller cannot use up the broader keys.
   */
  async take(keys: ThrottleKeys<TRule>): Promise<number> {
    const taken: { counter: Counter; key: string }[] = [];
    for (const counter of this.counters) {
      const key = keys[counter.rule.name];
      if (!key) continue;
      try {
        await counter.tries.consume(key);
        taken.push({ counter, key });
      } catch (error) {
        await Promise.all(taken.map((t) => t.counter.tries.reward(t.key)));
        if (!(error instanceof RateLimiterRes)) throw error;
        return this.pause(counter, key, error);
      }
    }
    return 0;
  }

  /**
   * After a try that succeeded: its point goes back to each key, except that the rules named in
   * `clear` start again from nothing (their pauses forgotten too).
   */
  async succeeded(keys: ThrottleKeys<TRule>, clear: readonly TRule[] = []): Promise<void> {
    await Promise.all(
      this.counters.map(async ({ rule, tries, pauses }) => {
        const key = keys[rule.name];
        if (!key) return;
        if (!clear.includes(rule.name)) await tries.reward(key);
        else await Promise.all([tries.delete(key), pauses?.delete(key)]);
      }),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Seconds until `key` may try again; the try that used up the allowance starts the pause. */
  private async pause(counter: Counter, key: string, refusal: RateLimiterRes): Promise<number> {
    const startsPause = refusal.consumedPoints === counter.rule.tries + 1;
    if (startsPause && counter.pauses) {
      // the library has paused the key for blockSeconds; a repeated pause lasts longer
      const seconds = pauseSeconds(counter.rule, (await counter.pauses.penalty(key)).consumedPoints);
      if (seconds > counter.rule.blockSeconds) await counter.tries.block(key, seconds);
      return seconds;
    }
    return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  }
}

/** The entity of a throttle table (rate-limiter-flexible's layout), for the service's migrations. */
export const defineThrottleEntity = (name: string, tableName: string) =>
  defineEntity({
    name,
    tableName,
    properties: {
      key: p.string().length(255).primary(),
      points: p.integer().default(0),
      expire: p.bigint('number').nullable(),
    },
  });
