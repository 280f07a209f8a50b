import { PetitionKind, Role, regionScopePrefix } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';

/**
 * What part of the petitions a viewer may see (R-NET: a unit sees its own and its
 * subordinates' work; a citizen his own): the regions (code prefixes), the units (lead,
 * receiving, reviewing or with a task) and the submitter account whose petitions are visible.
 * Nobody sees all: the administrator manages accounts and reference data, not petitions.
 * A report about one of the viewer's own units is outside the scope, whatever else would put
 * it inside: neither the reporter nor the content nor the existence of a report reaches the
 * unit reported on (R-P12; 《信访工作条例》 Art. 30, 46).
 */
export interface PetitionScope {
  regionPrefixes: string[];
  unitIds: string[];
  submitterAccountId: string | null;
  /** Every unit the viewer belongs to, whatever the role: reports about them are hidden. */
  reportedOnUnitIds: string[];
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
    reportedOnUnitIds: viewer.units.map((u) => u.id),
  };
}

/**
 * The MikroORM condition for a scope; matches nothing for an empty scope. The citizen who filed
 * a report keeps seeing it (it is theirs, as tracking is); staff of the unit it reports on do not.
 */
export function scopeCondition(scope: PetitionScope): Record<string, unknown> {
  const staff: Record<string, unknown>[] = [
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
  ];
  const or: Record<string, unknown>[] = [
    ...(staff.length ? [notAReportOn(scope.reportedOnUnitIds, { $or: staff })] : []),
    ...(scope.submitterAccountId ? [{ submitterAccountId: scope.submitterAccountId }] : []),
  ];
  return or.length ? { $or: or } : { id: null };
}

/**
 * `condition`, less the reports about `unitIds`. Spelt out rather than as
 * `NOT (kind = 'REPORT' AND respondent_unit_id IN (…))`, which SQL makes NULL, i.e. hidden,
 * for every report that names no respondent.
 */
function notAReportOn(unitIds: string[], condition: Record<string, unknown>): Record<string, unknown> {
  if (!unitIds.length) return condition;
  return {
    $and: [
      condition,
      {
        $or: [
          { kind: { $ne: PetitionKind.REPORT } },
          { respondentUnitId: null },
          { respondentUnitId: { $nin: unitIds } },
        ],
      },
    ],
  };
}
