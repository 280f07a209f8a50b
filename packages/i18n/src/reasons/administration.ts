import type { ReasonCatalogue } from './catalogue.js';

/** Why the administration console's reads and edits of reference data are refused (issue 10). */
export const administrationReasons = {
  TIME_RANGE_REVERSED: {
    'zh-CN': '结束时间不能早于开始时间。',
    en: 'The end of the range cannot be before its start.',
  },
  INVALID_TRACKING_CODE: {
    'zh-CN': '查询码格式不正确（如 K7QA-9MXC-3T）。',
    en: 'Not a tracking code (such as K7QA-9MXC-3T).',
  },
  ACCESS_KIND_UNKNOWN: {
    'zh-CN': '没有这种个人信息类别。',
    en: 'No such kind of personal data.',
  },
  CATEGORY_NAME_LENGTH: {
    'zh-CN': '类别名称须为1至{{max}}个字符。',
    en: 'Give the category a name of 1 to {{max}} characters.',
  },
  CATEGORY_NAME_TAKEN: {
    'zh-CN': '同一上级类别下已有同名类别。',
    en: 'A category of that name exists under the same parent.',
  },
  CATEGORY_NOT_FOUND: { 'zh-CN': '没有这个问题类别。', en: 'No such category.' },
  CATEGORY_TOO_DEEP: {
    'zh-CN': '问题类别最多三级，不能在第三级类别下再添加。',
    en: 'Categories are three levels deep: a third-level category takes no children.',
  },
  CATEGORY_PARENT_RETIRED: {
    'zh-CN': '上级类别已停用，不能在其下添加。',
    en: 'The parent category is retired: add no category under it.',
  },
  CATEGORY_FULL: {
    'zh-CN': '该上级类别下的类别已满（最多99个）。',
    en: 'The parent has 99 categories already.',
  },
  CATEGORY_ALREADY_RETIRED: { 'zh-CN': '该类别已停用。', en: 'The category is retired already.' },
  KPI_SCHEME_FORMAT: {
    'zh-CN': '方案代码须为2至40个小写字母、数字或“-”。',
    en: 'Use 2 to 40 lowercase letters, digits or "-" for the scheme code.',
  },
  KPI_WEIGHT_RANGE: {
    'zh-CN': '每项权重须在0到100之间。',
    en: 'Each weight is between 0 and 100.',
  },
  KPI_WEIGHTS_SUM: {
    'zh-CN': '各项权重之和须恰为100（现为{{sum}}）。',
    en: 'The weights must add up to exactly 100 (they add up to {{sum}}).',
  },
  KPI_UNKNOWN: { 'zh-CN': '没有这个考核指标。', en: 'No such KPI.' },
  KPI_WEIGHTS_REQUIRED: { 'zh-CN': '请至少填写一项考核指标的权重。', en: 'Give the weight of at least one KPI.' },
  KPI_DUPLICATE: { 'zh-CN': '同一考核指标只能出现一次。', en: 'Give each KPI once.' },
  KPI_EFFECTIVE_DATE: {
    'zh-CN': '生效日期须为今天或以后的日期（YYYY-MM-DD）。',
    en: 'The version takes effect today or later (YYYY-MM-DD).',
  },
  KPI_THRESHOLD_RANGE: {
    'zh-CN': '扣分线须在0到1之间，扣分须在0到100之间，且须同时填写。',
    en: 'A threshold is between 0 and 1 and a penalty between 0 and 100, both or neither.',
  },
} as const satisfies ReasonCatalogue;
