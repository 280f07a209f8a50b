import { ServiceTokenSigner } from '@tjxf/tokens';
import type { UnitDirectoryEntry } from '@tjxf/domain';
import { RevalidatingCopy } from '@tjxf/subgraph-kit';

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
  private readonly copy: RevalidatingCopy<Map<string, DirectoryUnit>>;

  constructor(baseUrl: string, signer: ServiceTokenSigner, options = UNIT_DIRECTORY_DEFAULTS) {
    this.copy = new RevalidatingCopy(
      new URL('/internal/directory', baseUrl),
      signer,
      (body) => new Map((body as { units: DirectoryUnit[] }).units.map((u) => [u.id, u])),
      options,
      'units',
    );
  }

  static async create(baseUrl: string | undefined, privateKeyPem: string | undefined): Promise<UnitDirectory | null> {
    if (!baseUrl || !privateKeyPem) return null;
    return new UnitDirectory(baseUrl, await ServiceTokenSigner.fromPem('petitions', privateKeyPem));
  }

  /** A unit, or undefined when the units subgraph does not know it. */
  async get(id: string): Promise<DirectoryUnit | undefined> {
    return (await this.copy.current()).get(id);
  }

  async all(): Promise<DirectoryUnit[]> {
    return [...(await this.copy.current()).values()];
  }
}
