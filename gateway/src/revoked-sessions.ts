import { ServiceTokenSigner } from '@tjxf/tokens';

/** Defaults of {@link RevokedSessions}: a revoked session is refused within a minute, whatever fails. */
export const SESSION_REVOCATION_DEFAULTS = {
  /** How often the gateway asks the identity service for newly revoked sessions. */
  pollIntervalMs: 10_000,
  /**
   * How old the list may grow while the identity service does not answer. Past this the
   * gateway cannot tell a revoked session from a live one and treats every session as
   * unchecked (refused): the promise "ended within a minute" holds through an outage.
   */
  maxAgeMs: 60_000,
  /** Each poll asks again for this much before the last answer: revocations still committing then. */
  overlapMs: 30_000,
  timeoutMs: 5_000,
  /** A logout seen here is refused at once, until the next poll confirms it with its expiry. */
  provisionalMs: 10 * 60_000,
} as const;

export interface SessionRevocationOptions {
  pollIntervalMs: number;
  maxAgeMs: number;
}

/** What `/internal/sessions/revoked` answers. */
interface RevokedAnswer {
  now: string;
  revoked: { id: string; expiresAt: string }[];
}

export type SessionState = 'live' | 'revoked' | 'unchecked';

/**
 * The sessions revoked before their tokens expire (logout, a disabled account, new roles, a
 * password change), kept fresh by polling the identity service with the gateway's service
 * token. Each gateway instance polls on its own, so several instances all learn of a
 * revocation within one interval. Checking a token is then a lookup in memory.
 */
export class RevokedSessions {
  private readonly revoked = new Map<string, number>();
  /** Local time at which the last successful poll was sent: the list is at least this fresh. */
  private freshAt = 0;
  /** The identity database's time of the last answer, where the next poll starts (less the overlap). */
  private serverNow: Date | null = null;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly fetchRevoked: (since: Date | null) => Promise<RevokedAnswer>,
    private readonly options: SessionRevocationOptions = SESSION_REVOCATION_DEFAULTS,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Polls the identity service at `identityUrl` (its base URL) with the gateway's own key. */
  static async fromIdentity(
    identityUrl: string,
    serviceKeyPem: string,
    options: SessionRevocationOptions,
    onError: (error: unknown) => void,
  ): Promise<RevokedSessions> {
    const signer = await ServiceTokenSigner.fromPem('gateway', serviceKeyPem);
    const fetchRevoked = async (since: Date | null) => {
      const url = new URL('/internal/sessions/revoked', identityUrl);
      if (since) url.searchParams.set('since', since.toISOString());
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${await signer.token()}` },
        signal: AbortSignal.timeout(SESSION_REVOCATION_DEFAULTS.timeoutMs),
      });
      if (!response.ok) throw new Error(`the identity service answered ${response.status} for revoked sessions`);
      return (await response.json()) as RevokedAnswer;
    };
    return new RevokedSessions(fetchRevoked, options, onError);
  }

  /** Loads the list (a failure is logged; sessions stay unchecked until a poll succeeds), then polls. */
  async start(): Promise<void> {
    await this.poll();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  state(sessionId: string | null | undefined): SessionState {
    if (Date.now() - this.freshAt > this.options.maxAgeMs) return 'unchecked';
    if (!sessionId) return 'revoked';
    const expiresAt = this.revoked.get(sessionId);
    return expiresAt !== undefined && expiresAt > Date.now() ? 'revoked' : 'live';
  }

  /** A session this gateway saw end (a logout through it): refused here at once. */
  add(sessionId: string): void {
    if (!this.revoked.has(sessionId))
      this.revoked.set(sessionId, Date.now() + SESSION_REVOCATION_DEFAULTS.provisionalMs);
  }

  /** One poll; concurrent callers share it. */
  poll(): Promise<void> {
    this.polling ??= this.fetchOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private async fetchOnce(): Promise<void> {
    const sentAt = Date.now();
    const since = this.serverNow ? new Date(this.serverNow.getTime() - SESSION_REVOCATION_DEFAULTS.overlapMs) : null;
    try {
      const answer = await this.fetchRevoked(since);
      for (const { id, expiresAt } of answer.revoked) this.revoked.set(id, Date.parse(expiresAt));
      for (const [id, expiresAt] of this.revoked) if (expiresAt <= sentAt) this.revoked.delete(id);
      this.serverNow = new Date(answer.now);
      this.freshAt = sentAt;
    } catch (error) {
      this.onError(error);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.options.pollIntervalMs);
    this.timer.unref();
  }
}
