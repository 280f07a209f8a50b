import { serviceUnavailable } from '@tjxf/domain';
import type { ServiceTokenSigner } from '@tjxf/tokens';

/** An event of the petitions outbox, as the feed serves it (docs/events.md). */
export interface FeedEvent {
  seq: string;
  tx: string;
  id: string;
  type: string;
  version: number;
  aggregateId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** Where the projections read events from: a page after a position (`<tx>:<seq>`). */
export interface EventSource {
  page(after: string, limit: number): Promise<FeedEvent[]>;
}

/**
 * The petitions service's event feed (`GET /internal/events`, this service's token): final
 * events only, in delivery order, so a position once passed is never passed by a later row.
 */
export class PetitionEventFeed implements EventSource {
  constructor(
    private readonly baseUrl: string,
    private readonly signer: ServiceTokenSigner,
    private readonly timeoutMs = 30_000,
  ) {}

  async page(after: string, limit: number): Promise<FeedEvent[]> {
    const url = new URL('/internal/events', this.baseUrl);
    url.searchParams.set('after', after);
    url.searchParams.set('limit', String(limit));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${await this.signer.token()}` },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      throw serviceUnavailable('petitions', 'NOT_DELIVERED');
    }
    if (!response.ok) throw new Error(`/internal/events answered ${response.status}`);
    return ((await response.json()) as { events: FeedEvent[] }).events;
  }
}
