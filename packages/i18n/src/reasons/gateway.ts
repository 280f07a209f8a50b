import type { ReasonCatalogue } from './catalogue.js';

/** Why the gateway refuses a request before any subgraph sees it. */
export const gatewayReasons = {
  REPORT_YEAR_INVALID: { 'zh-CN': '年份须为四位数字，例如2026。', en: 'The year must have four digits, e.g. 2026.' },
  TEXT_NOT_STORABLE: {
    'zh-CN': '文本中含有无法保存的字符（空字符或不成对的代理项）。',
    en: 'The text contains a character that cannot be stored (a NUL or an unpaired surrogate).',
  },
  INVALID_ID: { 'zh-CN': '编号格式无效。', en: 'Not a valid id: ids are UUIDs.' },
  OPERATION_NAME_REQUIRED: {
    'zh-CN': '请求中有多个操作时须用 operationName 指明执行哪一个。',
    en: 'Name the operation to run (operationName) when the document holds several, and only one it holds.',
  },
  SUBSCRIPTIONS_NOT_SERVED: {
    'zh-CN': '本平台不提供订阅，请定期查询。',
    en: 'The platform serves no subscriptions; query again instead.',
  },
  CASE_FILE_BUSY: {
    'zh-CN': '正在生成的卷宗较多，请{{seconds}}秒后再试。',
    en: 'Many case files are being prepared; try again in {{seconds}} s.',
  },
  SESSION_CHECK_UNAVAILABLE: {
    'zh-CN': '暂时无法核验登录状态，请稍后再试。',
    en: 'Sessions cannot be checked right now; try again shortly.',
  },
  ACCESS_TOKEN_INVALID: {
    'zh-CN': '登录凭据无效或已过期，请重新登录。',
    en: 'The access token is not valid or has expired; sign in again.',
  },
  TOO_MANY_REQUESTS: {
    'zh-CN': '请求过于频繁，请{{seconds}}秒后再试。',
    en: 'Too many requests; try again in {{seconds}} s.',
  },
  CROSS_SITE_UPLOAD: {
    'zh-CN': '跨站上传已被拒绝。',
    en: 'Blocked as a possible cross-site request: send the header {{header}}: true.',
  },
  SERVICE_NOT_REACHED: {
    'zh-CN': '服务暂时不可用，请求未送达，未作任何处理；请{{seconds}}秒后重试。',
    en: 'The service is unavailable; the request did not reach it and nothing was done. Try again in {{seconds}} s.',
  },
  SERVICE_INTERRUPTED: {
    'zh-CN': '服务中断，无法确认请求是否已完成；请{{seconds}}秒后查看结果或重试。',
    en: 'The service stopped answering; the request may or may not have been carried out. Check, or try again in {{seconds}} s.',
  },
  REQUEST_UNREADABLE: { 'zh-CN': '请求无法处理。', en: 'The request could not be read: {{detail}}' },
} as const satisfies ReasonCatalogue;
