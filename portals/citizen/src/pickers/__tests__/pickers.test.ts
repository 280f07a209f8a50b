import type { CategoryNode } from '@tjxf/graphql-client';
import { describe, expect, it } from 'vitest';
import { categoryLabel, categoryLevels, chooseCategory, redirectChannel } from '../category-tree';
import { chooseRegion, parentAt } from '../region-path';

const node = (
  code: string,
  name: string,
  children?: CategoryNode[],
  legalChannel: CategoryNode['legalChannel'] = null,
): CategoryNode => ({
  code,
  name,
  nameEn: `en ${name}`,
  level: code.length / 2,
  hot: false,
  legalChannel,
  ...(children ? { children } : {}),
});
const tree = [
  node('01', '城乡建设', [node('0101', '城市建设拆迁', [node('010101', '房屋征收补偿'), node('010102', '强制拆除')])]),
  node('11', '纪检监察', [node('1101', '检举控告', [node('110101', '违纪违法', undefined, 'DISCIPLINE_INSPECTION')])]),
];

describe('the category picker', () => {
  it('shows a level once the one above is chosen', () => {
    expect(categoryLevels(tree, []).map((l) => [l.level, l.options.length, l.value])).toEqual([[1, 2, '']]);
    expect(categoryLevels(tree, ['01', '0101']).map((l) => [l.level, l.value])).toEqual([
      [1, '01'],
      [2, '0101'],
      [3, ''],
    ]);
  });

  it('clears the levels below a changed choice, and ignores codes no longer in the tree', () => {
    expect(chooseCategory(['01', '0101', '010101'], 1, '11')).toEqual(['11']);
    expect(chooseCategory(['01', '0101', '010101'], 3, '010102')).toEqual(['01', '0101', '010102']);
    expect(chooseCategory(['01', '0101'], 2, '')).toEqual(['01']);
    expect(categoryLevels(tree, ['01', '9999']).map((l) => l.value)).toEqual(['01', '']);
  });

  it('names the path in either language, and knows which matters go elsewhere (R-P2)', () => {
    expect(categoryLabel(tree, '010101', 'zh-CN')).toBe('城乡建设 › 城市建设拆迁 › 房屋征收补偿');
    expect(categoryLabel(tree, '010101', 'en')).toBe('en 城乡建设 › en 城市建设拆迁 › en 房屋征收补偿');
    const leaf = tree[1]!.children![0]!.children![0];
    expect(redirectChannel(leaf, 'REPORT')).toBe('DISCIPLINE_INSPECTION');
    expect(redirectChannel(leaf, 'COMPLAINT')).toBeNull();
  });
});

describe('the region picker', () => {
  const hexi = { id: 'd', code: '120103', name: '河西区' };
  const street = { id: 's', code: '120103001', name: '大营门街道' };
  const community = { id: 'c', code: '120103001001', name: '九江路社区居委会' };

  it('loads each level under the choice above it', () => {
    expect(parentAt([], 0)).toBeNull();
    expect(parentAt([], 1)).toBeUndefined();
    expect(parentAt([hexi], 1)).toBe(hexi);
  });

  it('clears the levels below a changed choice', () => {
    expect(chooseRegion([hexi, street, community], 0, { id: 'x', code: '120104', name: '南开区' })).toEqual([
      { id: 'x', code: '120104', name: '南开区' },
    ]);
    expect(chooseRegion([hexi, street, community], 1, null)).toEqual([hexi]);
    expect(chooseRegion([hexi], 1, street)).toEqual([hexi, street]);
  });
});
