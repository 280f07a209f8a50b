import { defineEntity, p } from '@mikro-orm/core';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottleRule {
  /** What is counted, e.g. `account` or `address`. */
  name: string;
  /** Failures allowed within the window. */
  failures: number;
  windowSeconds: number;
  /** How long a key is paused once it has used them up. */
  blockSeconds: number;
}

/**
 * Counts failures (wrong passwords, wrong tracking codes) per key in PostgreSQL, so every
 * instance of a service sees the same counts, with rate-limiter-flexible. The table has the
 * layout that library expects and is created by the service's migration.
 */
export class FailureThrottle<TRule extends string> {
  private readonly pool: pg.Pool;
  private readonly limiters = new Map<TRule, RateLimiterPostgres>();

  constructor(databaseUrl: string, schema: string, table: string, rules: readonly (ThrottleRule & { name: TRule })[]) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    for (const rule of rules) {
      this.limiters.set(
        rule.name,
        new RateLimiterPostgres({
          storeClient: this.pool,
          storeType: 'pool',
          schemaName: schema,
          tableName: table,
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: rule.name,
          points: rule.failures,
          duration: rule.windowSeconds,
          blockDuration: rule.blockSeconds,
        }),
      );
    }
  }

  /** Seconds to wait before another try, or 0 if a try is allowed now. */
  async retryAfter(keys: Partial<Record<TRule, string | null>>): Promise<number> {
    const waits = await Promise.all(
      Object.entries(keys).map(async ([rule, key]) => {
        const limiter = this.limiters.get(rule as TRule);
        if (!limiter || !key) return 0;
        const res = await limiter.get(key as string);
        return res && res.consumedPoints >= limiter.points ? Math.ceil(res.msBeforeNext / 1000) : 0;
      }),
    );
    return Math.max(0, ...waits);
  }

  async recordFailure(keys: Partial<Record<TRule, string | null>>): Promise<void> {
    await Promise.all(
      Object.entries(keys).map(([rule, key]) =>
        key
          ? this.limiters
              .get(rule as TRule)
              ?.consume(key as string)
              .catch(ignoreLimitReached)
          : undefined,
      ),
    );
  }

  async clear(rule: TRule, key: string): Promise<void> {
    await this.limiters.get(rule)?.delete(key);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function ignoreLimitReached(error: unknown) {
  if (error instanceof RateLimiterRes) return;
  throw error;
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
