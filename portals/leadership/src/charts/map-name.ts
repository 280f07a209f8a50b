/** The name an area's map is registered under in ECharts (charts/echarts.ts registers it). */
export const mapName = (areaCode: string): string => `tianjin-${areaCode}`;

/** The 16 districts the map outlines (GB/T 2260), in the order of the code. */
export const DISTRICT_CODES = [
  '120101',
  '120102',
  '120103',
  '120104',
  '120105',
  '120106',
  '120110',
  '120111',
  '120112',
  '120113',
  '120114',
  '120115',
  '120116',
  '120117',
  '120118',
  '120119',
] as const;
