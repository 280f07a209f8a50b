import { describe, expect, it } from 'vitest';
import { areaLevel, areaPath, isWithin, viewerArea } from '../area';

const unit = (regionCode: string) => ({
  id: regionCode,
  name: '',
  level: 'CITY' as const,
  kind: 'REGION' as const,
  regionCode,
});

describe('the viewer’s area on the dashboard', () => {
  it('is the city for a city unit, else the widest area of their units', () => {
    expect(viewerArea({ units: [unit('120103'), unit('120000')] })).toBe('120000');
    expect(viewerArea({ units: [unit('120103007'), unit('120103')] })).toBe('120103');
    expect(viewerArea({ units: [] })).toBeNull();
  });

  it('names levels and containment by code prefix', () => {
    expect(areaLevel('120000')).toBe('CITY');
    expect(areaLevel('120103')).toBe('DISTRICT');
    expect(areaLevel('120103007')).toBe('STREET');
    expect(isWithin('120103007', '120103')).toBe(true);
    expect(isWithin('120104', '120103')).toBe(false);
    expect(isWithin('120104', '120000')).toBe(true);
  });

  it('leads from the viewer’s own area down to the one shown', () => {
    expect(areaPath('120000', '120000')).toEqual(['120000']);
    expect(areaPath('120103', '120000')).toEqual(['120000', '120103']);
    expect(areaPath('120103', '120103')).toEqual(['120103']);
  });
});
