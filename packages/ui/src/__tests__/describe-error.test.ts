import { ApiError, ApiErrorCode } from '@tjxf/graphql-client';
import { createI18n } from '@tjxf/i18n';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeError, serverMessage } from '../errors.js';

let i18n: ReturnType<typeof createI18n>;
beforeEach(() => {
  localStorage.clear();
  i18n = createI18n();
});

describe('describeError', () => {
  it('gives every code a message in Chinese and in English that is not the raw code', async () => {
    for (const code of Object.values(ApiErrorCode)) {
      const zh = describeError(new ApiError(code, 'server text'), i18n.t);
      expect(zh).not.toContain(code);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
    await i18n.changeLanguage('en');
    for (const code of Object.values(ApiErrorCode)) {
      const en = describeError(new ApiError(code, 'server text'), i18n.t);
      expect(en).not.toContain(code);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('tells how long to wait when rate limited, in seconds or minutes', () => {
    expect(describeError(new ApiError('RATE_LIMITED', '', { retryAfterSeconds: 42 }), i18n.t)).toContain('42 秒');
    expect(describeError(new ApiError('RATE_LIMITED', '', { retryAfterSeconds: 900 }), i18n.t)).toContain('15 分钟');
    expect(describeError(new ApiError('RATE_LIMITED', ''), i18n.t)).toBe(i18n.t('errors.RATE_LIMITED'));
  });

  it('tells that one part is down for a moment and when to try again', () => {
    const error = new ApiError('SERVICE_UNAVAILABLE', '', { retryAfterSeconds: 5 });
    expect(describeError(error, i18n.t)).toContain('5 秒后重试');
    expect(describeError(new ApiError('SERVICE_UNAVAILABLE', ''), i18n.t)).toBe(i18n.t('errors.SERVICE_UNAVAILABLE'));
  });

  it('names the field to fix, by its label when the form knows it', () => {
    const error = new ApiError('BAD_USER_INPUT', 'too long', { field: 'title' });
    expect(describeError(error, i18n.t)).toContain('“title”');
    expect(describeError(error, i18n.t, { fieldLabel: () => '标题' })).toContain('“标题”');
  });

  it('treats anything that is not an API error as ours to fix, not the user’s', () => {
    expect(describeError(new TypeError('x is undefined'), i18n.t)).toBe(i18n.t('errors.INTERNAL_SERVER_ERROR'));
  });
});

describe('the server’s own words', () => {
  const localized = { 'zh-CN': '请填写标题。', en: 'Enter the title.' };

  it('are shown in the current language, after the field’s label', async () => {
    const error = new ApiError('BAD_USER_INPUT', '请填写标题。Enter the title.', { field: 'title', localized });
    expect(describeError(error, i18n.t, { language: 'zh-CN', fieldLabel: () => '标题' })).toBe('“标题”：请填写标题。');
    await i18n.changeLanguage('en');
    expect(describeError(error, i18n.t, { language: 'en', fieldLabel: () => 'Title' })).toBe(
      '“Title”: Enter the title.',
    );
  });

  it('come from the reason through the shared catalogue, with its values (issue 9: no prose parsing)', async () => {
    await i18n.changeLanguage('en');
    const error = new ApiError('BAD_USER_INPUT', 'whatever the message says', {
      field: 'first',
      reason: 'PAGE_SIZE_OUT_OF_RANGE',
      reasonParams: { max: 100 },
    });
    expect(describeError(error, i18n.t, { language: 'en', fieldLabel: () => 'Page' })).toBe(
      '“Page”: Ask for 1 to 100 at a time.',
    );
    expect(serverMessage(error, 'zh-CN')).toBe('每次可取1到100条。');
  });

  it('are the code’s own text when the server sent neither a reason nor `localized`: the message is not parsed', () => {
    const error = new ApiError('NOT_FOUND', '未找到该信访事项，请核对查询码。No petition matches this tracking code.');
    expect(describeError(error, i18n.t, { language: 'en' })).toBe(i18n.t('errors.NOT_FOUND'));
  });

  it('are never shown for a failure on our side', () => {
    const error = new ApiError('INTERNAL_SERVER_ERROR', '内部错误。Internal error.');
    expect(describeError(error, i18n.t, { language: 'zh-CN' })).toBe(i18n.t('errors.INTERNAL_SERVER_ERROR'));
  });
});
