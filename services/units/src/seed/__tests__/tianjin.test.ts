import { UnitKind, UnitLevel } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import { tianjinUnitSeeds } from '../index.js';

/**
 * The official lists: the 16 districts of Tianjin (天津市人民政府, 行政区划) and the 14
 * streets of Hexi district (河西区人民政府, 街道概况), as published by the governments.
 */
const OFFICIAL_DISTRICTS = {
  '120101': '和平区',
  '120102': '河东区',
  '120103': '河西区',
  '120104': '南开区',
  '120105': '河北区',
  '120106': '红桥区',
  '120110': '东丽区',
  '120111': '西青区',
  '120112': '津南区',
  '120113': '北辰区',
  '120114': '武清区',
  '120115': '宝坻区',
  '120116': '滨海新区',
  '120117': '宁河区',
  '120118': '静海区',
  '120119': '蓟州区',
};
const OFFICIAL_HEXI_STREETS = [
  '大营门街道',
  '下瓦房街道',
  '桃园街道',
  '挂甲寺街道',
  '马场街道',
  '越秀路街道',
  '友谊路街道',
  '天塔街道',
  '尖山街道',
  '陈塘庄街道',
  '柳林街道',
  '东海街道',
  '梅江街道',
  '太湖路街道',
];

describe('the Tianjin unit tree (R-NET)', async () => {
  const seeds = await tianjinUnitSeeds();
  const regions = (level: UnitLevel) => seeds.filter((s) => s.kind === UnitKind.REGION && s.level === level);

  it('has the 16 districts with their official names and GB/T 2260 codes', () => {
    expect(Object.fromEntries(regions(UnitLevel.DISTRICT).map((d) => [d.code, d.name]))).toEqual(OFFICIAL_DISTRICTS);
  });

  it('has the 14 streets of Hexi district with their official names', () => {
    const hexi = regions(UnitLevel.STREET).filter((s) => s.parentKey === '120103');
    expect(hexi.map((s) => s.name).sort()).toEqual([...OFFICIAL_HEXI_STREETS].sort());
  });

  it('has the streets and townships of every district, each under its district', () => {
    const streets = regions(UnitLevel.STREET);
    expect(streets.length).toBeGreaterThan(250);
    for (const code of Object.keys(OFFICIAL_DISTRICTS)) expect(streets.some((s) => s.parentKey === code)).toBe(true);
    expect(streets.every((s) => s.code!.startsWith(s.parentKey!) && s.code!.length === 9)).toBe(true);
  });

  it('has the communities of Hexi under their streets', () => {
    const communities = regions(UnitLevel.COMMUNITY);
    expect(communities.length).toBeGreaterThan(100);
    expect(communities.every((c) => c.code!.startsWith('120103') && c.code!.startsWith(c.parentKey!))).toBe(true);
  });

  it('gives the city and every district a government and a petition office, named as the demo accounts name them', () => {
    const names = seeds.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['天津市人民政府', '天津市信访办', '河西区人民政府', '河西区信访办']));
    expect(seeds.filter((s) => s.kind === UnitKind.PETITION_OFFICE)).toHaveLength(17);
  });

  it('has the departments of the demo accounts, each under its region', () => {
    const byKey = new Map(seeds.map((s) => [s.key, s]));
    expect(byKey.get('120103/zj')).toMatchObject({
      name: '河西区住房和建设委员会',
      parentKey: '120103',
      kind: 'DEPARTMENT',
    });
    expect(byKey.get('120103/sthj')).toMatchObject({ name: '河西区生态环境局', regionCode: '120103' });
    expect(byKey.get('120000/zj')).toMatchObject({ name: '天津市住房和城乡建设委员会', level: 'CITY' });
  });

  it('gives every unit a unique key', () => {
    expect(new Set(seeds.map((s) => s.key)).size).toBe(seeds.length);
  });
});
