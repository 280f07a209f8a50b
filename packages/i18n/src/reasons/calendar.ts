import type { ReasonCatalogue } from './catalogue.js';

/** Reasons of the work calendar: a holiday arrangement as an administrator enters it (R-T1). */
export const calendarReasons = {
  CALENDAR_YEAR_OUT_OF_RANGE: {
    'zh-CN': '年份须在{{from}}年至{{to}}年之间。',
    en: 'The year must be between {{from}} and {{to}}.',
  },
  SCHEDULE_EMPTY: {
    'zh-CN': '请填写该年的放假和调休上班日期。',
    en: 'Enter the year’s days off and make-up working days.',
  },
  SCHEDULE_TOO_MANY_DAYS: {
    'zh-CN': '一年的安排最多{{max}}天。',
    en: 'A year’s arrangement lists at most {{max}} days.',
  },
  SCHEDULE_DATE_NOT_IN_YEAR: {
    'zh-CN': '日期须是{{year}}年内的有效日期（年-月-日）。',
    en: 'The date must be a real date of {{year}} (YYYY-MM-DD).',
  },
  SCHEDULE_DATE_REPEATED: {
    'zh-CN': '日期{{date}}重复填写。',
    en: 'The date {{date}} is listed twice.',
  },
  MAKEUP_WORKDAY_NOT_WEEKEND: {
    'zh-CN': '调休上班日只能是星期六或星期日，{{date}}不是。',
    en: 'A make-up working day is a Saturday or Sunday; {{date}} is not.',
  },
  SCHEDULE_DAY_NAME_LENGTH: {
    'zh-CN': '请填写节日名称（最多{{max}}个字）。',
    en: 'Name the festival (at most {{max}} characters).',
  },
  SCHEDULE_STATUTORY_DAY_MISSING: {
    'zh-CN': '{{date}}（{{name}}）是法定节假日，安排中须列为放假日。',
    en: 'The date {{date}} ({{name}}) is a statutory holiday: the arrangement must list it as a day off.',
  },
} as const satisfies ReasonCatalogue;
