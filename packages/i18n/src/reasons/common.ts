import type { ReasonCatalogue } from './catalogue.js';

/** Reasons any service may give: sign-in, permission, ids and codes, pages. */
export const commonReasons = {
  SIGN_IN_REQUIRED: { 'zh-CN': '请先登录。', en: 'Please sign in first.' },
  NOT_ALLOWED: { 'zh-CN': '您没有此项权限。', en: 'You are not allowed to do this.' },
  CHANGED_MEANWHILE: {
    'zh-CN': '同一内容刚刚已由他人或另一次提交办理，请刷新后查看。',
    en: 'Someone else, or another submission, did this a moment ago: reload and look again.',
  },
  NOT_FOUND: {
    'zh-CN': '找不到要查看的内容，它可能已被删除，或您无权查看。请返回上一页后重试。',
    en: 'This item cannot be found: it may have been removed, or you may not see it. Go back and try again.',
  },
  INVALID_UNIT_ID: { 'zh-CN': '单位编号无效。', en: 'Not a valid unit id.' },
  UNIT_NOT_FOUND: { 'zh-CN': '未找到该单位。', en: 'No such unit.' },
  RULE_SET_UNKNOWN: { 'zh-CN': '没有这个时限规则。', en: 'No such rule set: choose one of ruleSets.' },
  REGION_HANDLES_NO_PETITIONS: {
    'zh-CN': '地区本身不办理信访事项。',
    en: 'A region handles no petitions: choose one of its units.',
  },
  INVALID_REGION_CODE: { 'zh-CN': '地区代码无效。', en: 'Not a GB/T 2260 region code.' },
  INVALID_CATEGORY_CODE: { 'zh-CN': '问题类别无效。', en: 'Not a category code.' },
  INVALID_CURSOR: {
    'zh-CN': '翻页位置无效，请从第一页开始。',
    en: 'The cursor is not valid; start again from the first page.',
  },
  PAGE_SIZE_OUT_OF_RANGE: { 'zh-CN': '每次可取1到{{max}}条。', en: 'Ask for 1 to {{max}} at a time.' },
  NAME_HAS_BIDI_CONTROL: {
    'zh-CN': '名称中不能含有改变文字方向的控制字符。',
    en: 'A name may not contain characters that change the direction of the text.',
  },
  NAME_INVISIBLE: {
    'zh-CN': '名称不能只由不可见字符组成。',
    en: 'A name cannot consist of invisible characters only.',
  },
  CALLER_NOT_TRUSTED: {
    'zh-CN': '只有网关和受信任的服务可以调用本服务。',
    en: 'Only the gateway and trusted services may call this service.',
  },
} as const satisfies ReasonCatalogue;
