import type { ReasonCatalogue } from './catalogue.js';

/** Why citizens' accounts and phone proofs are refused (issue 10): codes, phones, linking. */
export const citizenAccountReasons = {
  PHONE_FORMAT: {
    'zh-CN': '请输入11位中国大陆手机号码。',
    en: 'Enter an 11-digit mainland China mobile number.',
  },
  TOO_MANY_VERIFICATION_CODES: {
    'zh-CN': '获取验证码过于频繁，请{{minutes}}分钟后再试。',
    en: 'Too many codes asked for: try again in {{minutes}} minutes.',
  },
  VERIFICATION_CODE_WRONG: {
    'zh-CN': '验证码不正确或已失效，请重新获取。',
    en: 'The code is wrong or no longer valid: ask for a new one.',
  },
  PHONE_ALREADY_REGISTERED: {
    'zh-CN': '该手机号已注册，请直接登录；忘记密码可通过验证码重设。',
    en: 'This phone is already registered: sign in, or reset the password with a code.',
  },
  VERIFICATION_UNAVAILABLE: {
    'zh-CN': '暂时无法验证手机号，请稍后再试。',
    en: 'Phones cannot be verified just now: try again later.',
  },
  LINK_PHONE_MISMATCH: {
    'zh-CN': '该信访事项登记的手机号与您账号的手机号不一致，无法关联。',
    en: 'The phone given on this petition is not your account’s phone: it cannot be linked.',
  },
  PETITION_LINKED_ELSEWHERE: {
    'zh-CN': '该信访事项已关联到其他账号。',
    en: 'This petition is already linked to another account.',
  },
  PHONE_NOT_ON_PETITION: {
    'zh-CN': '查询码与手机号不匹配。',
    en: 'The tracking code and phone number do not match.',
  },
} as const satisfies ReasonCatalogue;
