import { serviceUnavailable } from '@tjxf/domain';
import type { ServiceTokenSigner } from '@tjxf/tokens';

/** How long a copy is used before it is revalidated, and how long a fetch may take. */
export interface CopyOptions {
  maxAgeMs: number;
  timeoutMs: number;
}

/** While the other service does not answer, the copy held is used and asked for again this often. */
const RETRY_WHILE_AWAY_MS = 1000;

/**
 * A copy of data another service serves on an internal route (with this service's token),
 * kept while that service says it is current: older than `maxAgeMs`, it is revalidated with
 * its ETag, and the other service answers a bodiless 304 unless the data changed. Concurrent
 * readers share one fetch. Derived data: nothing that matters lives only here.
 *
 * While the other service is away (not answering, or answering 5xx), the copy held goes on
 * being used (it changes seldom, and a change is applied when the service is back); without
 * one, the request fails with SERVICE_UNAVAILABLE of that service, never an internal error.
 */
export class RevalidatingCopy<T> {
  private value: T | null = null;
  private fetchedAt = 0;
  private etag: string | null = null;
  private pending: Promise<T> | null = null;

  constructor(
    private readonly url: URL,
    private readonly signer: ServiceTokenSigner,
    private readonly parse: (body: unknown) => T,
    private readonly options: CopyOptions,
    /** The service serving it, as named to a client when it is away. */
    private readonly service: string,
  ) {}

  /** The data, revalidated if the copy is older than its maximum age. */
  current(): Promise<T> {
    if (this.value && Date.now() - this.fetchedAt < this.options.maxAgeMs) return Promise.resolve(this.value);
    this.pending ??= this.fetch().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async fetch(): Promise<T> {
    let response: Response;
    try {
      response = await this.request();
    } catch {
      return this.away();
    }
    if (response.status >= 500) return this.away();
    if (response.status === 304 && this.value) {
      this.fetchedAt = Date.now();
      return this.value;
    }
    if (!response.ok) throw new Error(`${this.url.pathname} answered ${response.status}`);
    this.value = this.parse(await response.json());
    this.etag = response.headers.get('etag');
    this.fetchedAt = Date.now();
    return this.value;
  }

  /** The other service did not answer: the copy held, asked for again in a moment; else refused. */
  private away(): T {
    if (!this.value) throw serviceUnavailable(this.service, 'NOT_DELIVERED');
    this.fetchedAt = Date.now() - this.options.maxAgeMs + RETRY_WHILE_AWAY_MS;
    return this.value;
  }

  private async request(): Promise<Response> {
    return fetch(this.url, {
      headers: {
        authorization: `Bearer ${await this.signer.token()}`,
        ...(this.value && this.etag ? { 'if-none-match': this.etag } : {}),
      },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
  }
}
