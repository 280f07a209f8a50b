import type { Viewer } from '@tjxf/tokens';
import { describe, expect, it } from 'vitest';
import { StatisticsScope, childArea } from '../scope.js';

const viewer = (...regions: string[]): Viewer => ({
  accountId: null,
  username: null,
  roles: [],
  units: regions.map((regionCode, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, regionCode })),
  representativeKind: null,
  ip: null,
});

describe('the area of a viewer’s statistics', () => {
  it('is the widest region of their units, and covers what lies inside it', () => {
    const scope = new StatisticsScope(viewer('120103007', '120103'));
    expect(scope.ownArea()).toBe('120103');
    expect(scope.covers('120103007002')).toBe(true);
    expect(scope.covers('120101')).toBe(false);
    expect(new StatisticsScope(viewer('120000')).covers('120116')).toBe(true);
  });

  it('refuses another district with FORBIDDEN and a code that is none with BAD_USER_INPUT', () => {
    const scope = new StatisticsScope(viewer('120103'));
    expect(() => scope.area('120101', 'filter.regionCode')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => scope.area('12x', 'filter.regionCode')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => new StatisticsScope(viewer()).ownArea()).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('places a code in a child area: a district of the city, a street of a district', () => {
    expect(childArea('120000', '120103007')).toBe('120103');
    expect(childArea('120103', '120103007002')).toBe('120103007');
    expect(childArea('120103', '120103')).toBeNull();
    expect(childArea('120103', '120101001')).toBeNull();
  });
});
