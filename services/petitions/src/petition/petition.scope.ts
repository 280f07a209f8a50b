import { Role, regionScopePrefix } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';

/**
 * What part of the petitions a viewer may see (R-NET: a unit sees its own and its
 * subordinates' work; a citizen his own): the regions (code prefixes), the units (lead,
 * receiving, reviewing or with a task) and the submitter account whose petitions are visible.
 * Nobody sees all: the administrator manages accounts and reference data, not petitions.
 */
export interface PetitionScope {
  regionPrefixes: string[];
  unitIds: string[];
  submitterAccountId: string | null;
}

const AREA_ROLES: Role[] = [Role.PETITION_OFFICER, Role.LEADER];
const UNIT_ROLES: Role[] = [Role.UNIT_HANDLER, Role.UNIT_HEAD];

export function petitionScope(viewer: Viewer): PetitionScope {
  const own = viewer.roles.includes(Role.CITIZEN) ? viewer.accountId : null;
  const areaWide = viewer.roles.some((r) => AREA_ROLES.includes(r));
  const unitWide = areaWide || viewer.roles.some((r) => UNIT_ROLES.includes(r));
  return {
    regionPrefixes: areaWide ? [...new Set(viewer.units.map((u) => regionScopePrefix(u.regionCode)))] : [],
    unitIds: unitWide ? viewer.units.map((u) => u.id) : [],
    submitterAccountId: own,
  };
}

/** The MikroORM condition for a scope; matches nothing for an empty scope. */
export function scopeCondition(scope: PetitionScope): Record<string, unknown> {
  const or: Record<string, unknown>[] = [
    ...scope.regionPrefixes.map((prefix) => ({ regionCode: { $like: `${prefix}%` } })),
    ...(scope.unitIds.length
      ? [
          { leadUnitId: { $in: scope.unitIds } },
          { receivingUnitId: { $in: scope.unitIds } },
          { reviewUnitId: { $in: scope.unitIds } },
          // co-handling units (R-X) and units owing a report or follow-up
          { tasks: { $some: { unitId: { $in: scope.unitIds } } } },
        ]
      : []),
    ...(scope.submitterAccountId ? [{ submitterAccountId: scope.submitterAccountId }] : []),
  ];
  return or.length ? { $or: or } : { id: null };
}
