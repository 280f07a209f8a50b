import { describe, expect, it } from 'vitest';
import { kpiByArea, kpiMeasures, volumeByArea } from '../area-figures';
import type { KpiValue } from '../stats-queries';

const kpi = (
  regionCode: string,
  rate: number | null,
  unitRole: KpiValue['unitRole'] = 'PETITION_OFFICE',
): KpiValue => ({
  code: 'TIMELY_ACCEPTANCE_RATE',
  unitRole,
  regionCode,
  regionName: regionCode === '120103' ? '河西区' : null,
  from: '2026-11-01',
  to: '2026-11-30',
  numerator: 0,
  denominator: rate === null ? 0 : 10,
  rate,
  formula: '',
  formulaEn: '',
  previousRate: null,
});

describe('the figures the map is shaded by', () => {
  it('sums each area’s petitions over the periods of the trend', () => {
    const figures = volumeByArea([
      { period: '2026-01-01', key: '120103', label: '河西区', labelEn: 'Hexi', count: 3 },
      { period: '2026-02-01', key: '120103', label: '河西区', labelEn: 'Hexi', count: 4 },
      { period: '2026-02-01', key: '120104', label: '南开区', labelEn: null, count: 1 },
      { period: '2026-02-01', key: null, label: null, labelEn: null, count: 9 },
    ]);
    expect(figures).toEqual([
      { code: '120103', name: '河西区', nameEn: 'Hexi', value: 7 },
      { code: '120104', name: '南开区', nameEn: null, value: 1 },
    ]);
  });

  it('takes one KPI of one kind of unit as a percentage, and nothing where nothing was rated', () => {
    const values = [kpi('120103', 0.8567), kpi('120104', null), kpi('120103', 0.5, 'RESPONSIBLE_UNIT')];
    expect(kpiMeasures(values)).toEqual([
      'TIMELY_ACCEPTANCE_RATE:PETITION_OFFICE',
      'TIMELY_ACCEPTANCE_RATE:RESPONSIBLE_UNIT',
    ]);
    expect(kpiByArea(values, 'TIMELY_ACCEPTANCE_RATE:PETITION_OFFICE')).toEqual([
      { code: '120103', name: '河西区', nameEn: null, value: 85.7 },
      { code: '120104', name: '120104', nameEn: null, value: null },
    ]);
  });
});
