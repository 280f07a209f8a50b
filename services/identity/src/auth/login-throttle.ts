import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** Defaults of {@link LoginThrottle}: per account, then per address. */
export const LOGIN_THROTTLE_DEFAULTS = {
  /** Consecutive wrong passwords for one account before it is paused. */
  accountFailures: 5,
  accountWindowSeconds: 15 * 60,
  accountBlockSeconds: 15 * 60,
  /** Wrong passwords from one address, whatever the accounts, before it is paused. */
  addressFailures: 30,
  addressWindowSeconds: 60 * 60,
  addressBlockSeconds: 60 * 60,
} as const;

export type LoginThrottleOptions = typeof LOGIN_THROTTLE_DEFAULTS;

/**
 * Counts wrong passwords in PostgreSQL (so every instance of the service sees the same
 * counts) with rate-limiter-flexible, per account and per address.
 */
export class LoginThrottle {
  private readonly pool: pg.Pool;
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(databaseUrl: string, schema: string, options: LoginThrottleOptions = LOGIN_THROTTLE_DEFAULTS) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    const common = {
      storeClient: this.pool,
      storeType: 'pool',
      schemaName: schema,
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.byAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: options.accountFailures,
      duration: options.accountWindowSeconds,
      blockDuration: options.accountBlockSeconds,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      points: options.addressFailures,
      duration: options.addressWindowSeconds,
      blockDuration: options.addressBlockSeconds,
    });
  }

  /** Seconds to wait before another try, or 0 if a try is allowed now. */
  async retryAfter(username: string, ip: string | null): Promise<number> {
    const [account, address] = await Promise.all([
      this.byAccount.get(username),
      ip ? this.byAddress.get(ip) : Promise.resolve(null),
    ]);
    const blocked = [
      [account, this.byAccount.points],
      [address, this.byAddress.points],
    ] as const;
    return Math.max(
      0,
      ...blocked.map(([res, points]) => (res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0)),
    );
  }

  async recordFailure(username: string, ip: string | null): Promise<void> {
    await Promise.all([
      this.byAccount.consume(username).catch(ignoreLimitReached),
      ip ? this.byAddress.consume(ip).catch(ignoreLimitReached) : undefined,
    ]);
  }

  /** A right password clears the account's count (not the address's). */
  async recordSuccess(username: string): Promise<void> {
    await this.byAccount.delete(username);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function ignoreLimitReached(error: unknown) {
  if (error instanceof RateLimiterRes) return;
  throw error;
}
