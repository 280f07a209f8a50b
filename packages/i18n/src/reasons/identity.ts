import type { ReasonCatalogue } from './catalogue.js';

/** Why the identity subgraph refuses: sign-in, passwords, accounts (R-AUTH…). */
export const identityReasons = {
  WRONG_CREDENTIALS: { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' },
  TOO_MANY_WRONG_PASSWORDS: {
    'zh-CN': '密码错误次数过多，请{{minutes}}分钟后再试。',
    en: 'Too many wrong passwords: try again in {{minutes}} minutes.',
  },
  USERNAME_REQUIRED: { 'zh-CN': '请输入用户名（不超过64个字符）。', en: 'Enter a username of at most 64 characters.' },
  PASSWORD_REQUIRED: { 'zh-CN': '请输入密码（不超过256个字符）。', en: 'Enter a password of at most 256 characters.' },
  CURRENT_PASSWORD_REQUIRED: { 'zh-CN': '请输入当前密码。', en: 'Enter your current password.' },
  CURRENT_PASSWORD_WRONG: { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
  PASSWORD_UNCHANGED: { 'zh-CN': '新密码不能与当前密码相同。', en: 'Choose a password other than the current one.' },
  PASSWORD_CHANGED_MEANWHILE: {
    'zh-CN': '密码刚刚已被修改，请重新登录。',
    en: 'The password was just changed; sign in again.',
  },
  PASSWORD_LENGTH: {
    'zh-CN': '密码须为{{min}}至{{max}}个字符。',
    en: 'Choose a password of {{min}} to {{max}} characters.',
  },
  PASSWORD_CONTAINS_USERNAME: { 'zh-CN': '密码不能包含用户名。', en: 'The password must not contain the username.' },
  INVALID_ACCOUNT_ID: { 'zh-CN': '账号编号无效。', en: 'Not a valid account id.' },
  SEARCH_TEXT_TOO_LONG: { 'zh-CN': '搜索词过长。', en: 'The search text is too long.' },
  USERNAME_FORMAT: {
    'zh-CN': '用户名须为3至64个字母、数字或“._-”。',
    en: 'Use 3 to 64 letters, digits, ".", "_" or "-" for the username.',
  },
  USERNAME_TAKEN: { 'zh-CN': '该用户名已被使用。', en: 'This username is taken.' },
  DISPLAY_NAME_REQUIRED: {
    'zh-CN': '请填写姓名（不超过{{max}}个字）。',
    en: 'Enter a name of at most {{max}} characters.',
  },
  ROLE_REQUIRED: { 'zh-CN': '请至少选择一个角色。', en: 'Choose at least one role.' },
  REPRESENTATIVE_KIND_REQUIRED: { 'zh-CN': '代表须注明类别。', en: 'Say which kind of representative.' },
  TOO_MANY_UNITS: { 'zh-CN': '最多{{max}}个单位编号。', en: 'At most {{max}} unit ids.' },
  UNKNOWN_UNITS: { 'zh-CN': '没有这个单位：{{units}}。', en: 'No such unit: {{units}}.' },
  LAST_ADMINISTRATOR: {
    'zh-CN': '这是最后一个有效的管理员账号，不能停用或取消其管理员角色。',
    en: 'This is the last active administrator: it cannot be disabled or lose the role.',
  },
} as const satisfies ReasonCatalogue;
