import { describe, expect, it } from 'vitest';
import { districtOf, findRegion, regionPathName, tianjinRegions } from '../index.js';

describe('Tianjin regions', () => {
  it('know the 16 districts, the streets and the communities by code', () => {
    const all = [...tianjinRegions().values()];
    expect(all.filter((r) => r.level === 'DISTRICT')).toHaveLength(16);
    expect(all.filter((r) => r.level === 'STREET').length).toBeGreaterThan(250);
    expect(all.filter((r) => r.level === 'COMMUNITY').length).toBeGreaterThan(5000);
    expect(findRegion('120103001')).toMatchObject({ name: '大营门街道', parentCode: '120103' });
  });

  it('find the district of a street or community, and nothing for an unknown code', () => {
    expect(districtOf('120103001001')?.name).toBe('河西区');
    expect(districtOf('120000')?.name).toBe('天津市');
    expect(findRegion('110101')).toBeUndefined();
    expect(districtOf('129999')).toBeUndefined();
  });

  it('name a region with the regions enclosing it, for the citizen reading a receipt', () => {
    expect(regionPathName('120103001')).toBe('天津市河西区大营门街道');
    expect(regionPathName('120000')).toBe('天津市');
    expect(regionPathName('129999')).toBe('129999');
  });
});
