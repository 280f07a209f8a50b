import { describe, expect, it } from 'vitest';
import { splitBilingual } from '../errors.js';

describe('bilingual messages', () => {
  it('split into the Chinese and the English half', () => {
    expect(splitBilingual('请填写标题。Enter the title.')).toEqual({ 'zh-CN': '请填写标题。', en: 'Enter the title.' });
    expect(
      splitBilingual(
        '未找到该信访事项，请核对查询码和手机号码后四位。No petition matches this tracking code and phone number.',
      ),
    ).toEqual({
      'zh-CN': '未找到该信访事项，请核对查询码和手机号码后四位。',
      en: 'No petition matches this tracking code and phone number.',
    });
  });

  it('leave a message in one language alone', () => {
    expect(splitBilingual('Internal server error')).toBeNull();
    expect(splitBilingual('请填写标题。')).toBeNull();
  });
});
