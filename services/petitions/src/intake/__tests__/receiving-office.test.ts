import { UnitKind, UnitLevel, type UnitDirectoryEntry } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import { higherOfficeIfReportedOn } from '../receiving-office.js';

const unit = (id: string, parentId: string | null, kind: UnitKind, level: UnitLevel): UnitDirectoryEntry => ({
  id,
  parentId,
  name: id,
  level,
  kind,
  regionCode: '120103',
  ruleSetCode: 'national-2022',
  reviewUnitId: null,
  reReviewUnitId: null,
});

// a city, a district and a street, each with a government and a petition office
const DIRECTORY = [
  unit('city', null, UnitKind.REGION, UnitLevel.CITY),
  unit('city/gov', 'city', UnitKind.GOVERNMENT, UnitLevel.CITY),
  unit('city/xfb', 'city', UnitKind.PETITION_OFFICE, UnitLevel.CITY),
  unit('district', 'city', UnitKind.REGION, UnitLevel.DISTRICT),
  unit('district/gov', 'district', UnitKind.GOVERNMENT, UnitLevel.DISTRICT),
  unit('district/xfb', 'district', UnitKind.PETITION_OFFICE, UnitLevel.DISTRICT),
  unit('district/zj', 'district', UnitKind.DEPARTMENT, UnitLevel.DISTRICT),
  unit('street', 'district', UnitKind.REGION, UnitLevel.STREET),
  unit('street/gov', 'street', UnitKind.GOVERNMENT, UnitLevel.STREET),
  unit('street/xfb', 'street', UnitKind.PETITION_OFFICE, UnitLevel.STREET),
];
const higher = (officeId: string, reported: string) => higherOfficeIfReportedOn(DIRECTORY, officeId, reported)?.id;

describe('the office that receives a report about the receiving office or its government (R-P12, Art. 30)', () => {
  it('is the petition office of the nearest region above', () => {
    expect(higher('district/xfb', 'district/xfb')).toBe('city/xfb');
    expect(higher('district/xfb', 'district/gov')).toBe('city/xfb');
    expect(higher('street/xfb', 'street/gov')).toBe('district/xfb');
  });

  it('is none for a report about another unit, even the office above or a department of the same government', () => {
    expect(higher('district/xfb', 'district/zj')).toBeUndefined();
    expect(higher('district/xfb', 'city/xfb')).toBeUndefined();
    expect(higher('street/xfb', 'district/gov')).toBeUndefined();
  });

  it('is none at the top: the city office keeps a report about itself or the city government', () => {
    expect(higher('city/xfb', 'city/xfb')).toBeUndefined();
    expect(higher('city/xfb', 'city/gov')).toBeUndefined();
  });
});
