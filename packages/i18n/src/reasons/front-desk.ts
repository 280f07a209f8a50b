import type { ReasonCatalogue } from './catalogue.js';

/** Why the front desk's registration or look-up is refused (issue 11: R-P1, R-P3, R-P4, R-P18). */
export const frontDeskReasons = {
  POWER_OF_ATTORNEY_REQUIRED: {
    'zh-CN': '代理人须提交委托人的授权委托书，请先上传。',
    en: 'An agent shows the principal’s power of attorney: upload it first.',
  },
  POSTMARK_DATE_INVALID: {
    'zh-CN': '邮戳日期格式应为“年-月-日”，且不能晚于收信日期。',
    en: 'The postmark date is a date (YYYY-MM-DD) no later than the day the letter arrived.',
  },
  POSTMARK_ONLY_FOR_LETTER: {
    'zh-CN': '只有来信才有邮戳日期。',
    en: 'Only a letter has a postmark date.',
  },
  ORAL_RECORD_NOT_READ_BACK: {
    'zh-CN': '口头信访的记录须向信访人宣读并经其确认。',
    en: 'An oral petition written down by staff must be read back to the petitioner and confirmed.',
  },
  ORAL_RECORD_CHANNEL: {
    'zh-CN': '只有走访或来电可以由工作人员代为记录。',
    en: 'Only a visit or a call is written down by staff.',
  },
  SKIPPED_LEVEL_NOT_APPLICABLE: {
    'zh-CN': '该事项没有下级机关正在法定期限内办理，不适用越级不予受理的规定。',
    en: 'No lower unit is handling this matter within its time limit: the skipped-level rule does not apply.',
  },
  LOOKUP_TERM_REQUIRED: {
    'zh-CN': '请填写身份证号码或手机号码。',
    en: 'Enter an ID number or a phone number.',
  },
} as const satisfies ReasonCatalogue;
