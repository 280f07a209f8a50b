import { UnitKind, UnitLevel } from '@tjxf/domain';
import { TIANJIN_CODE, type UnitSeed } from './tianjin.js';

/** Functional departments seeded for the demo, by region: slug and official name. */
const DEPARTMENTS: Record<string, [slug: string, name: string][]> = {
  [TIANJIN_CODE]: [
    ['zj', '天津市住房和城乡建设委员会'],
    ['sthj', '天津市生态环境局'],
    ['rs', '天津市人力资源和社会保障局'],
    ['gh', '天津市规划和自然资源局'],
    ['cg', '天津市城市管理委员会'],
    ['gz', '天津市人民政府国有资产监督管理委员会'],
  ],
  '120103': [
    ['zj', '河西区住房和建设委员会'],
    ['sthj', '河西区生态环境局'],
    ['rs', '河西区人力资源和社会保障局'],
    ['cg', '河西区城市管理委员会'],
  ],
  '120116': [
    ['zj', '滨海新区住房和建设委员会'],
    ['sthj', '滨海新区生态环境局'],
  ],
};

/**
 * For the city and every district: its people’s government and its petition office
 * (named as CONTRACT.md's demo accounts name them), plus the demo departments.
 */
export function governmentUnits(regions: UnitSeed[]): UnitSeed[] {
  const areas = regions.filter((r) => r.level === UnitLevel.CITY || r.level === UnitLevel.DISTRICT);
  return areas.flatMap((area) => {
    const prefix = area.code === TIANJIN_CODE ? '天津市' : area.name;
    const unit = (slug: string, name: string, kind: UnitKind, sortOrder: number): UnitSeed => ({
      key: `${area.code}/${slug}`,
      parentKey: area.key,
      code: null,
      regionCode: area.regionCode,
      name,
      level: area.level,
      kind,
      sortOrder,
    });
    return [
      unit('government', `${prefix}人民政府`, UnitKind.GOVERNMENT, 1),
      unit('xfb', `${prefix}信访办`, UnitKind.PETITION_OFFICE, 2),
      ...(DEPARTMENTS[area.code!] ?? []).map(([slug, name], i) => unit(slug, name, UnitKind.DEPARTMENT, 10 + i)),
    ];
  });
}
