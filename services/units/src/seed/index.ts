import { DEFAULT_RULE_SET } from '@tjxf/calendar';
import type { MikroORM } from '@tjxf/db-kit';
import { unitIdForKey } from '@tjxf/domain';
import { UnitEntity } from '../unit/unit.entity.js';
import { governmentUnits } from './departments.js';
import { TIANJIN_31530_REGIONS, tianjinRegionUnits, type UnitSeed } from './tianjin.js';

export async function tianjinUnitSeeds(): Promise<UnitSeed[]> {
  const regions = tianjinRegionUnits();
  return [...regions, ...governmentUnits(regions)];
}

const ruleSetOf = (seed: UnitSeed) =>
  TIANJIN_31530_REGIONS.some((code) => seed.regionCode.startsWith(code)) ? 'tianjin-31530' : DEFAULT_RULE_SET;

/**
 * Upserts the Tianjin unit tree; ids are derived from keys, so reruns change nothing. A unit's
 * rule set is seeded once: after that it is the administrator's (`setUnitRuleSet`), and a
 * restart or a restore must not put the seeded one back.
 */
export async function seedUnits(orm: MikroORM): Promise<number> {
  const seeds = await tianjinUnitSeeds();
  const em = orm.em.fork();
  const parentOf = new Map(seeds.map((s) => [s.key, s.parentKey]));
  const depth = (key: string | null): number => (key === null ? 0 : 1 + depth(parentOf.get(key) ?? null));
  const ordered = [...seeds].sort((a, b) => depth(a.key) - depth(b.key)); // parents first
  await em.transactional(async (tx) => {
    for (let i = 0; i < ordered.length; i += 500) {
      await tx.upsertMany(
        UnitEntity,
        ordered.slice(i, i + 500).map((s) => ({
          id: unitIdForKey(s.key),
          code: s.code,
          regionCode: s.regionCode,
          name: s.name,
          level: s.level,
          kind: s.kind,
          parent: s.parentKey ? unitIdForKey(s.parentKey) : null,
          ruleSetCode: ruleSetOf(s),
          sortOrder: s.sortOrder,
        })),
        { onConflictFields: ['id'], onConflictAction: 'merge', onConflictExcludeFields: ['createdAt', 'ruleSetCode'] },
      );
    }
  });
  return seeds.length;
}

export type { UnitSeed };
