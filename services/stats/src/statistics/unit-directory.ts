import { UnitKind, type UnitDirectoryEntry } from '@tjxf/domain';
import { RevalidatingCopy } from '@tjxf/subgraph-kit';
import type { ServiceTokenSigner } from '@tjxf/tokens';
import { KpiUnitRole } from './statistics.types.js';

/** The units as statistics need them: where each is, and whether it is a petition office. */
export interface StatsUnitLookup {
  all(): Promise<UnitDirectoryEntry[]>;
}

/**
 * The units subgraph's directory (`GET /internal/directory`, this service's token), revalidated
 * with its ETag after a few seconds: the area of a KPI value is the area of its unit (docs/kpis.md).
 */
export class StatsUnitDirectory implements StatsUnitLookup {
  private readonly copy: RevalidatingCopy<UnitDirectoryEntry[]>;

  constructor(baseUrl: string, signer: ServiceTokenSigner) {
    this.copy = new RevalidatingCopy(
      new URL('/internal/directory', baseUrl),
      signer,
      (body) => (body as { units: UnitDirectoryEntry[] }).units,
      { maxAgeMs: 5_000, timeoutMs: 5_000 },
      'units',
    );
  }

  all(): Promise<UnitDirectoryEntry[]> {
    return this.copy.current();
  }
}

/** A unit's role in the KPIs: a petition office, or a unit that handles petitions. */
export const roleOfUnit = (unit: Pick<UnitDirectoryEntry, 'kind'>): KpiUnitRole =>
  unit.kind === UnitKind.PETITION_OFFICE ? KpiUnitRole.PETITION_OFFICE : KpiUnitRole.RESPONSIBLE_UNIT;
