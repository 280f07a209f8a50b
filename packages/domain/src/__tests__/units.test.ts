import { describe, expect, it } from 'vitest';
import { isRegionCode, isWithinRegion, regionScopePrefix } from '../units.js';

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
