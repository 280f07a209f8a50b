import type pg from 'pg';
import { ErrorCode, invalidField, isUuid, isWithinRegion, refuse, type UnitDirectoryEntry } from '@tjxf/domain';
import { TIANJIN_CODE, findRegion, tianjinRegions } from '@tjxf/regions';
import { KpiCode } from '../kpi/kpi-weight.entity.js';
import { KPI_FORMULAS, KPI_NAMES, rateOf } from './kpi-formulas.js';
import { previousPeriod, resolvePeriod, type Period } from './period.js';
import { readKpiRows, type KpiRow } from './rollups.js';
import { childArea, type StatisticsScope } from './scope.js';
import { KpiGroupBy, KpiUnitRole, type KpiValueType } from './statistics.type.js';
import type { KpiFilter } from './statistics.inputs.js';
import { roleOfUnit, type StatsUnitLookup } from './unit-directory.js';

/** One group of a KPI answer: the area as a whole, a child area, or a unit. */
interface Group {
  key: string;
  regionCode: string | null;
  unitId: string | null;
}

interface Sums {
  numerator: number;
  denominator: number;
  previousNumerator: number;
  previousDenominator: number;
}

/**
 * The KPIs of R-P14 for an area or a unit over a period, from the calendar rollups (never
 * from the petitions): each value with its parts, its formula and the previous period's.
 */
export class KpiService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly directory: StatsUnitLookup,
    private readonly scope: StatisticsScope,
    private readonly today: () => string,
  ) {}

  async values(filter: KpiFilter): Promise<KpiValueType[]> {
    const area = this.scope.area(filter.regionCode, 'filter.regionCode');
    const period = resolvePeriod(filter, this.today());
    const units = await this.directory.all();
    const unit = filter.unitId == null ? null : this.unitAsked(filter.unitId, units);
    const byId = new Map(units.map((u) => [u.id, u]));
    const ids = unit
      ? [unit.id]
      : area === TIANJIN_CODE
        ? null
        : units.filter((u) => isWithinRegion(u.regionCode, area)).map((u) => u.id);
    const previous = previousPeriod(period);
    const [current, before] = await Promise.all([
      readKpiRows(this.pool, period, ids),
      readKpiRows(this.pool, previous, ids),
    ]);
    const groupBy = unit ? KpiGroupBy.NONE : (filter.groupBy ?? KpiGroupBy.NONE);
    const roles = filter.unitRole ? [filter.unitRole] : Object.values(KpiUnitRole);
    const groupOf = (row: KpiRow): Group | null => {
      const owner = byId.get(row.unitId);
      if (!owner || !isWithinRegion(owner.regionCode, unit ? owner.regionCode : area)) return null;
      if (unit) return { key: unit.id, regionCode: unit.regionCode, unitId: unit.id };
      if (groupBy === KpiGroupBy.UNIT) return { key: owner.id, regionCode: owner.regionCode, unitId: owner.id };
      if (groupBy === KpiGroupBy.REGION) {
        const child = childArea(area, owner.regionCode);
        return child ? { key: child, regionCode: child, unitId: null } : null;
      }
      return { key: area, regionCode: area, unitId: null };
    };
    const roleOf = (row: KpiRow) => (row.role === 'OWN' ? roleOfUnit(byId.get(row.unitId)!) : row.role);

    const groups = new Map<string, Group>();
    const sums = new Map<string, Sums>();
    const add = (rows: KpiRow[], previousRows: boolean) => {
      for (const row of rows) {
        const group = groupOf(row);
        const role = group && roleOf(row);
        if (!group || !roles.includes(role as KpiUnitRole)) continue;
        groups.set(group.key, group);
        const key = `${group.key}|${row.kpi}|${role}`;
        const s = sums.get(key) ?? { numerator: 0, denominator: 0, previousNumerator: 0, previousDenominator: 0 };
        if (previousRows) {
          s.previousNumerator += row.numerator;
          s.previousDenominator += row.denominator;
        } else {
          s.numerator += row.numerator;
          s.denominator += row.denominator;
        }
        sums.set(key, s);
      }
    };
    add(current, false);
    add(before, true);

    // every child area, and the area itself, has a value even with no petitions (the map shades all 16)
    const shown: Group[] =
      unit || groupBy === KpiGroupBy.NONE
        ? [
            unit
              ? { key: unit.id, regionCode: unit.regionCode, unitId: unit.id }
              : { key: area, regionCode: area, unitId: null },
          ]
        : groupBy === KpiGroupBy.REGION
          ? childrenOf(area).map((code) => ({ key: code, regionCode: code, unitId: null }))
          : [...groups.values()].sort((a, b) =>
              (byId.get(a.unitId!)?.name ?? '').localeCompare(byId.get(b.unitId!)?.name ?? '', 'zh-CN'),
            );
    return shown.flatMap((group) =>
      roles.flatMap((role) =>
        groupBy === KpiGroupBy.UNIT &&
        !unit &&
        ![...sums.keys()].some((k) => k.startsWith(`${group.key}|`) && k.endsWith(`|${role}`))
          ? []
          : Object.values(KpiCode).map((code) =>
              toValue(code, role, group, period, previous, sums.get(`${group.key}|${code}|${role}`)),
            ),
      ),
    );
  }

  /** The unit asked for: known, and within the viewer's area (else FORBIDDEN). */
  unitAsked(unitId: string, units: UnitDirectoryEntry[]): UnitDirectoryEntry {
    if (!isUuid(unitId)) throw invalidField('filter.unitId', 'INVALID_UNIT_ID');
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw refuse(ErrorCode.NOT_FOUND, 'UNIT_NOT_FOUND');
    if (!this.scope.covers(unit.regionCode)) throw refuse(ErrorCode.FORBIDDEN, 'STATS_OUTSIDE_AREA');
    return unit;
  }
}

/** The child areas of an area: the districts of the city, the streets of a district. */
export function childrenOf(area: string): string[] {
  return [...tianjinRegions().values()].filter((r) => r.parentCode === area).map((r) => r.code);
}

function toValue(
  code: KpiCode,
  role: KpiUnitRole,
  group: Group,
  period: Period,
  previous: Period,
  sums: Sums | undefined,
): KpiValueType {
  const s = sums ?? { numerator: 0, denominator: 0, previousNumerator: 0, previousDenominator: 0 };
  return {
    code,
    unitRole: role,
    regionCode: group.regionCode,
    regionName: group.regionCode ? (findRegion(group.regionCode)?.name ?? null) : null,
    unit: group.unitId ? { id: group.unitId } : null,
    from: period.from,
    to: period.to,
    ...s,
    rate: rateOf(s.numerator, s.denominator),
    previousRate: rateOf(s.previousNumerator, s.previousDenominator),
    previousFrom: previous.from,
    previousTo: previous.to,
    name: KPI_NAMES[code].zh,
    nameEn: KPI_NAMES[code].en,
    formula: KPI_FORMULAS[code][role].zh,
    formulaEn: KPI_FORMULAS[code][role].en,
  };
}
