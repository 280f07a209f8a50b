import { UnitKind } from '@tjxf/domain';
import type { Unit } from './unit.entity.js';
import type { UnitType } from './unit.type.js';

/** What the API shows of a unit. */
export function toUnitType(unit: Unit): UnitType {
  return {
    id: unit.id,
    code: unit.code ?? null,
    name: unit.name,
    level: unit.level,
    kind: unit.kind,
    isDepartment: unit.kind === UnitKind.DEPARTMENT,
    regionCode: unit.regionCode,
    ruleSetCode: unit.ruleSetCode,
    parentId: unit.parent?.id ?? null,
  };
}
