import { describe, expect, it } from 'vitest';
import {
  commonSuperior,
  isRegionCode,
  isWithinRegion,
  regionScopePrefix,
  superiorsOf,
  type UnitDirectoryEntry,
  type UnitKind,
} from '../units.js';

describe('region scope (R-NET: a unit sees its own and its subordinates’ work)', () => {
  it('takes the city, district, street and community prefixes of GB/T 2260 codes', () => {
    expect(regionScopePrefix('120000')).toBe('12');
    expect(regionScopePrefix('120100')).toBe('1201');
    expect(regionScopePrefix('120103')).toBe('120103');
    expect(regionScopePrefix('120103001')).toBe('120103001');
    expect(regionScopePrefix('120103001001')).toBe('120103001001');
  });

  it('puts a Hexi street inside Hexi and Tianjin, but not inside Heping', () => {
    expect(isWithinRegion('120103001', '120103')).toBe(true);
    expect(isWithinRegion('120103001', '120000')).toBe(true);
    expect(isWithinRegion('120103001', '120101')).toBe(false);
  });

  it('refuses what is not a region code', () => {
    expect(isRegionCode('12010')).toBe(false);
    expect(isRegionCode('1201030011')).toBe(false);
    expect(() => regionScopePrefix('abc')).toThrow(RangeError);
  });
});

describe('common superior (R-P7, Art. 24: disputed competence goes to the common superior)', () => {
  const entry = (id: string, kind: UnitKind, reviewUnitId: string | null): UnitDirectoryEntry => ({
    id,
    parentId: null,
    name: id,
    level: 'DISTRICT',
    kind,
    regionCode: '120103',
    ruleSetCode: 'national-2022',
    reviewUnitId,
    reReviewUnitId: null,
  });
  const units = [
    // the city government has nobody above it: the directory names itself
    entry('city-gov', 'GOVERNMENT', 'city-gov'),
    entry('city-housing', 'DEPARTMENT', 'city-gov'),
    entry('hexi-gov', 'GOVERNMENT', 'city-gov'),
    entry('hexi-housing', 'DEPARTMENT', 'hexi-gov'),
    entry('hexi-planning', 'DEPARTMENT', 'hexi-gov'),
    entry('nankai-gov', 'GOVERNMENT', 'city-gov'),
    entry('nankai-housing', 'DEPARTMENT', 'nankai-gov'),
    entry('youyi-street', 'GOVERNMENT', 'hexi-gov'),
  ];
  const byId = new Map(units.map((u) => [u.id, u]));
  const lookup = (id: string) => byId.get(id);
  const superior = (...ids: string[]) =>
    commonSuperior(
      ids.map((id) => byId.get(id)!),
      lookup,
    )?.id ?? null;

  it('sends two departments of one district to that district’s government', () => {
    expect(superior('hexi-housing', 'hexi-planning')).toBe('hexi-gov');
    expect(superior('hexi-housing', 'youyi-street')).toBe('hexi-gov');
  });

  it('sends departments of two districts, or a district and its own department, to the city', () => {
    expect(superior('hexi-housing', 'nankai-housing')).toBe('city-gov');
    expect(superior('hexi-gov', 'hexi-housing')).toBe('city-gov');
    expect(superior('city-housing', 'hexi-planning')).toBe('city-gov');
  });

  it('finds none between the city government and its own department', () => {
    expect(superior('city-gov', 'city-housing')).toBeNull();
    expect(superiorsOf(byId.get('city-gov')!, lookup)).toEqual([]);
  });
});
