import { Channel } from '@tjxf/domain';

/**
 * Tianjin's 16 districts with their resident population at the 7th national census (1 November
 * 2020), from 天津市第七次全国人口普查公报（第二号）— 地区人口情况 (Tianjin Municipal Bureau of
 * Statistics, May 2021). Petitions are drawn in proportion to these figures.
 */
export const DISTRICT_POPULATION: Record<string, { name: string; population: number }> = {
  '120101': { name: '和平区', population: 355_000 },
  '120102': { name: '河东区', population: 858_787 },
  '120103': { name: '河西区', population: 822_174 },
  '120104': { name: '南开区', population: 890_422 },
  '120105': { name: '河北区', population: 647_702 },
  '120106': { name: '红桥区', population: 483_130 },
  '120110': { name: '东丽区', population: 857_027 },
  '120111': { name: '西青区', population: 1_195_124 },
  '120112': { name: '津南区', population: 928_066 },
  '120113': { name: '北辰区', population: 909_643 },
  '120114': { name: '武清区', population: 1_151_313 },
  '120115': { name: '宝坻区', population: 722_367 },
  '120116': { name: '滨海新区', population: 2_067_431 },
  '120117': { name: '宁河区', population: 395_314 },
  '120118': { name: '静海区', population: 787_047 },
  '120119': { name: '蓟州区', population: 795_516 },
};

/**
 * How petitions came in, by year of the history (0 = the first of ten): visits and letters give
 * way to the online platform and the 12345 hotline, as the national trend since the 2014
 * online-petition reform ran (国家信访局: online petitions past half of all by the late 2010s).
 */
export function channelShares(progress: number): [Channel, number][] {
  const online = 0.3 + 0.4 * progress; // 30 % → 70 %
  return [
    [Channel.ONLINE, online],
    [Channel.VISIT, 0.3 - 0.15 * progress],
    [Channel.LETTER, 0.25 - 0.17 * progress],
    [Channel.PHONE, 0.06],
    [Channel.HOTLINE_TRANSFER, 0.05 + 0.08 * progress],
    [Channel.EMAIL, 0.02],
    [Channel.FAX, 0.02 - 0.015 * progress],
  ];
}

/** Months of the year (0 = January) by volume: quiet in February, busier before the summer and in late autumn. */
export const MONTH_WEIGHT = [0.9, 0.7, 1.05, 1.05, 1.05, 1.1, 1.0, 0.95, 1.0, 0.95, 1.05, 1.1];

/**
 * The hot issues (R-HOT) rise and fall over the years: demolition and land requisition peak early
 * and fade, environmental complaints climb mid-decade, enterprise restructuring and wage arrears
 * come in a wave late on. A factor on the category's base weight, by the history's progress (0–1).
 */
export function hotFactor(categoryCode: string, progress: number): number {
  const bump = (peak: number, width: number, height: number) =>
    1 + height * Math.exp(-((progress - peak) ** 2) / (2 * width ** 2));
  if (categoryCode.startsWith('0101')) return bump(0.15, 0.2, 2.5); // 城市建设拆迁
  if (categoryCode.startsWith('02')) return bump(0.25, 0.25, 1.5); // 国土资源 (land requisition)
  if (categoryCode.startsWith('03')) return bump(0.55, 0.2, 2); // 环境保护
  if (categoryCode.startsWith('04') || categoryCode.startsWith('05')) return bump(0.8, 0.15, 1.8); // 经济管理 (enterprise restructuring), 劳动和社会保障
  return 1;
}

export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎',
];
export const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文玉梅春燕海波鹏辉'];
