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
  /** A directory older than this is fetched again (unit changes are rare). */
  maxAgeMs: 60_000,
  timeoutMs: 5_000,
} as const;

/**
 * The units subgraph's unit directory, read over its internal route with this service's own
 * token and kept for a minute: derived data, fetched again when stale or when a unit is not
 * in it. Nothing that matters lives only here.
 */
export class UnitDirectory implements UnitLookup {
  private units: Map<string, DirectoryUnit> | null = null;
  private fetchedAt = 0;
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
    let units = await this.current();
    if (!units.has(id) && Date.now() - this.fetchedAt > 1_000) units = await this.refresh();
    return units.get(id);
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
      headers: { authorization: `Bearer ${await this.signer.token()}` },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the unit directory answered ${response.status}`);
    const body = (await response.json()) as { units: DirectoryUnit[] };
    this.units = new Map(body.units.map((u) => [u.id, u]));
    this.fetchedAt = Date.now();
    return this.units;
  }
}
