import { ServiceTokenSigner } from '@tjxf/tokens';
import type { UnitDirectoryEntry } from '@tjxf/domain';

/** A unit as the procedure needs it, from the units subgraph's directory. */
export type DirectoryUnit = UnitDirectoryEntry;

/** Where the procedure looks units up: the units subgraph's directory, or a copy of it. */
export interface UnitLookup {
  /** A unit, or undefined when the directory does not know it. */
  get(id: string): Promise<DirectoryUnit | undefined>;
  all(): Promise<DirectoryUnit[]>;
}

/** A directory handed over whole, e.g. by the launcher to the demo seed (it runs before any server). */
export class StaticUnitDirectory implements UnitLookup {
  private readonly units: Map<string, DirectoryUnit>;

  constructor(entries: readonly DirectoryUnit[]) {
    this.units = new Map(entries.map((u) => [u.id, u]));
  }

  async get(id: string): Promise<DirectoryUnit | undefined> {
    return this.units.get(id);
  }

  async all(): Promise<DirectoryUnit[]> {
    return [...this.units.values()];
  }
}

/** Defaults of {@link UnitDirectory}. */
export const UNIT_DIRECTORY_DEFAULTS = {
  /**
   * A copy older than this is revalidated with its ETag: the units subgraph sends the directory
   * again only when a unit changed (e.g. switched its rule set, R-T1), else a bodiless 304.
   */
  maxAgeMs: 1_000,
  timeoutMs: 5_000,
} as const;

/**
 * The units subgraph's unit directory, read over its internal route with this service's own
 * token and kept while the units subgraph says it is current (revalidated after a second):
 * derived data, fetched again when a unit changed or is not in it. Nothing that matters lives
 * only here.
 */
export class UnitDirectory implements UnitLookup {
  private units: Map<string, DirectoryUnit> | null = null;
  private fetchedAt = 0;
  private etag: string | null = null;
  private pending: Promise<Map<string, DirectoryUnit>> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly signer: ServiceTokenSigner,
    private readonly options = UNIT_DIRECTORY_DEFAULTS,
  ) {}

  static async create(baseUrl: string | undefined, privateKeyPem: string | undefined): Promise<UnitDirectory | null> {
    if (!baseUrl || !privateKeyPem) return null;
    return new UnitDirectory(baseUrl, await ServiceTokenSigner.fromPem('petitions', privateKeyPem));
  }

  /** A unit, or undefined when the units subgraph does not know it. */
  async get(id: string): Promise<DirectoryUnit | undefined> {
    return (await this.current()).get(id);
  }

  async all(): Promise<DirectoryUnit[]> {
    return [...(await this.current()).values()];
  }

  private async current(): Promise<Map<string, DirectoryUnit>> {
    if (this.units && Date.now() - this.fetchedAt < this.options.maxAgeMs) return this.units;
    return this.refresh();
  }

  private refresh(): Promise<Map<string, DirectoryUnit>> {
    this.pending ??= this.fetch().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async fetch(): Promise<Map<string, DirectoryUnit>> {
    const response = await fetch(new URL('/internal/directory', this.baseUrl), {
      headers: {
        authorization: `Bearer ${await this.signer.token()}`,
        ...(this.units && this.etag ? { 'if-none-match': this.etag } : {}),
      },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (response.status === 304 && this.units) {
      this.fetchedAt = Date.now();
      return this.units;
    }
    if (!response.ok) throw new Error(`the unit directory answered ${response.status}`);
    const body = (await response.json()) as { units: DirectoryUnit[] };
    this.units = new Map(body.units.map((u) => [u.id, u]));
    this.etag = response.headers.get('etag');
    this.fetchedAt = Date.now();
    return this.units;
  }
}
