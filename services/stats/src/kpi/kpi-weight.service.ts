import type { EntityManager } from '@mikro-orm/core';
import { KpiWeightEntity } from './kpi-weight.entity.js';
import type { KpiWeightType } from './kpi-weight.type.js';

export class KpiWeightService {
  constructor(private readonly em: EntityManager) {}

  /** The latest version of a scheme, or of every scheme when none is named. */
  async latest(scheme?: string | null): Promise<KpiWeightType[]> {
    const rows = await this.em.find(KpiWeightEntity, scheme ? { scheme } : {}, {
      orderBy: { scheme: 'asc', version: 'desc', kpi: 'asc' },
    });
    const latestVersion = new Map<string, number>();
    for (const row of rows) if (!latestVersion.has(row.scheme)) latestVersion.set(row.scheme, row.version);
    return rows
      .filter((row) => row.version === latestVersion.get(row.scheme))
      .map((row) => ({
        id: row.id,
        scheme: row.scheme,
        version: row.version,
        kpi: row.kpi,
        weight: row.weight,
        threshold: row.threshold ?? null,
        penalty: row.penalty ?? null,
      }));
  }
}
