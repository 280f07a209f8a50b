import type { ReasonCatalogue } from './catalogue.js';

/** Why a question to the leadership dashboard's statistics is refused (issue 12). */
export const statisticsReasons = {
  STATS_OUTSIDE_AREA: {
    'zh-CN': '您只能查看本地区的统计数据。',
    en: 'You may see the statistics of your own area only.',
  },
  STATS_NO_AREA: {
    'zh-CN': '您的账号没有所属地区，无法查看统计数据。',
    en: 'Your account belongs to no area, so it sees no statistics.',
  },
  STATS_DATE: { 'zh-CN': '日期格式应为“年-月-日”（如 2026-12-01）。', en: 'Give a date as YYYY-MM-DD.' },
  STATS_PERIOD_INCOMPLETE: {
    'zh-CN': '请同时填写开始和结束日期，或选择一个统计周期。',
    en: 'Give both the first and the last day, or choose a period.',
  },
  STATS_PERIOD_TOO_LONG: {
    'zh-CN': '统计时间段最长{{years}}年。',
    en: 'A period may span {{years}} years at most.',
  },
  STATS_CHANNEL: { 'zh-CN': '没有这种信访渠道。', en: 'No such channel.' },
  STATS_SCHEME_UNKNOWN: { 'zh-CN': '没有这个考核方案。', en: 'No such evaluation scheme.' },
} as const satisfies ReasonCatalogue;
