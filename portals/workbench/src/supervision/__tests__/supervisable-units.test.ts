import { describe, expect, it } from 'vitest';
import { supervisableUnits } from '../supervisable-units';

const housing = { id: 'u-zj', name: '河西区住房和建设委员会' };
const ecology = { id: 'u-sthj', name: '河西区生态环境局' };
const government = { id: 'u-gov', name: '河西区人民政府' };

describe('the units a supervision order may go to', () => {
  it('lists the lead unit first, then co-handling units, then the reviewing unit', () => {
    expect(supervisableUnits({ leadUnit: housing, coHandlingUnits: [ecology], reviewUnit: government })).toEqual([
      { ...housing, role: 'lead' },
      { ...ecology, role: 'coHandling' },
      { ...government, role: 'review' },
    ]);
  });

  it('names a unit once, by its first role', () => {
    expect(supervisableUnits({ leadUnit: housing, coHandlingUnits: [housing], reviewUnit: null })).toEqual([
      { ...housing, role: 'lead' },
    ]);
  });

  it('offers none before a unit handles the petition', () => {
    expect(supervisableUnits({ leadUnit: null, coHandlingUnits: [], reviewUnit: null })).toEqual([]);
  });
});
