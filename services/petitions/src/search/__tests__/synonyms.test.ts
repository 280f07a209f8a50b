import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, synonymVariants } from '../synonyms.js';
import { searchQuery } from '../tokens.js';

// Issue 10: staff searching 噪音 find the petition that says 噪声 (R-HOT's hot topics).
describe('synonyms of the hot topics', () => {
  it('finds either word of a group from the other', () => {
    expect(searchQuery('噪音')).toBe('(噪音 | 噪声)');
    expect(searchQuery('暖气')).toBe('(暖气 | 供暖 | 供热 | 采暖)');
  });

  it('swaps a synonym inside a longer phrase, keeping the phrase', () => {
    expect(synonymVariants('工地噪音扰民')).toEqual(['工地噪音扰民', '工地噪声扰民']);
    expect(searchQuery('噪音扰民')).toBe('(噪音 <-> 音扰 <-> 扰民 | 噪声 <-> 声扰 <-> 扰民)');
  });

  it('combines two synonyms of one query, within a bound', () => {
    const variants = synonymVariants('拆迁欠薪');
    expect(variants).toContain('征收拖欠工资');
    expect(variants.length).toBe(9);
    expect(synonymVariants('拆迁供暖违建欠薪').length).toBeLessThanOrEqual(16);
  });

  it('leaves words outside the list alone', () => {
    expect(synonymVariants('电梯')).toEqual(['电梯']);
    expect(searchQuery('电梯 Elevator')).toBe('(电梯) & (elevator)');
  });

  it('keeps the list sound: no word twice, none inside another of its group', () => {
    const words = SYNONYM_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThan(1);
      for (const a of group) for (const b of group) if (a !== b) expect(b.includes(a), `${a} in ${b}`).toBe(false);
    }
  });
});
