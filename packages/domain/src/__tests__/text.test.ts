import { describe, expect, it } from 'vitest';
import { isStorableText, nameProblem } from '../text.js';

describe('text the platform can store (issue 8: NUL and lone surrogates are refused, not crashed on)', () => {
  it('accepts Chinese, emoji and characters beyond the BMP', () => {
    for (const text of ['', '李明华', '楼道垃圾 🚮', '𠀀𪚥', 'a\tb\nc']) expect(isStorableText(text), text).toBe(true);
  });

  it('refuses a NUL and an unpaired surrogate of either half', () => {
    for (const text of ['a\u0000', '\ud800', 'x\udc00y', '\ud83d', '\ude80🚮'])
      expect(isStorableText(text)).toBe(false);
  });
});

describe('names that cannot deceive (issue 8: bidi controls, zero-width-only names)', () => {
  it('accepts ordinary names, with the spaces and joiners they may hold', () => {
    for (const name of ['李明华', 'Anna-Lena Müller', '阿依古丽·买买提', '👩‍👩‍👧 家长', 'photo 1.jpg'])
      expect(nameProblem(name), name).toBeNull();
  });

  it('refuses every bidirectional control', () => {
    for (const control of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
    ])
      expect(nameProblem(`invoice${control}gpj.exe`)).toBe('bidi-control');
  });

  it('refuses a name of invisible characters only', () => {
    for (const name of ['\u200b', '\u200b\u200c\u200d', ' \u3000\ufeff', '\u2060', '\u3164'])
      expect(nameProblem(name)).toBe('invisible');
  });
});
