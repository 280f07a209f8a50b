import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../create-i18n.js';
import { LANGUAGE_STORAGE_KEY } from '../languages.js';
import { en } from '../messages/en.js';
import { zhCN } from '../messages/zh-CN.js';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('the language switch', () => {
  it('starts in Simplified Chinese, whatever the browser prefers, and says so in <html lang>', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('signIn.submit')).toBe('登录');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, updates <html lang> and remembers the choice for the next visit', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('en');
    expect(i18n.t('signIn.submit')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    const nextVisit = createI18n();
    expect(nextVisit.language).toBe('en');
  });

  it('ignores a remembered language it does not speak', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    const i18n = createI18n();
    expect(i18n.resolvedLanguage).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('serves a portal’s own namespace beside the shared one', async () => {
    const i18n = createI18n({ messages: { 'zh-CN': { demo: { hello: '你好' } }, en: { demo: { hello: 'Hello' } } } });
    expect(i18n.t('demo:hello' as never)).toBe('你好');
    await i18n.changeLanguage('en');
    expect(i18n.t('demo:hello' as never)).toBe('Hello');
  });
});

describe('the shared messages', () => {
  const keys = (value: object, prefix = ''): string[] =>
    Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('have the same keys in both languages and no empty text', () => {
    expect(keys(en)).toEqual(keys(zhCN));
    const leaves = (value: object): unknown[] =>
      Object.values(value).flatMap((v) => (typeof v === 'object' ? leaves(v as object) : [v]));
    expect([...leaves(zhCN), ...leaves(en)].every((text) => typeof text === 'string' && text.trim() !== '')).toBe(true);
  });
});
