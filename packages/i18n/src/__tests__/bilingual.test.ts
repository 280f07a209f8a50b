import { describe, expect, it } from 'vitest';
import { inLanguage, splitBilingual } from '../bilingual.js';

describe('the server’s bilingual texts', () => {
  it('split into the Chinese and the English half', () => {
    expect(splitBilingual('请填写标题。Enter the title.')).toEqual({ 'zh-CN': '请填写标题。', en: 'Enter the title.' });
    expect(
      splitBilingual(
        '信访部门将于2026-12-14前作出转送、交办或告知。The petition office will forward or assign it, by 2026-12-14.',
      ),
    ).toEqual({
      'zh-CN': '信访部门将于2026-12-14前作出转送、交办或告知。',
      en: 'The petition office will forward or assign it, by 2026-12-14.',
    });
  });

  it('keep several Chinese sentences together, and a space before the English', () => {
    const notice =
      '您反映的事项属于应当通过诉讼解决的事项。根据《信访工作条例》第三十一条，请依法向人民法院提起诉讼。 This matter is for the courts: please bring it before the competent people’s court.';
    expect(inLanguage(notice, 'zh-CN')).toBe(
      '您反映的事项属于应当通过诉讼解决的事项。根据《信访工作条例》第三十一条，请依法向人民法院提起诉讼。',
    );
    expect(inLanguage(notice, 'en')).toBe(
      'This matter is for the courts: please bring it before the competent people’s court.',
    );
  });

  it('leave a text in one language as it is', () => {
    expect(splitBilingual('Too many requests; try again in 5 s.')).toBeNull();
    expect(inLanguage('已转交河西区住房和建设委员会办理', 'en')).toBe('已转交河西区住房和建设委员会办理');
  });
});
