import { DomainError } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import { decodeKeyCursor, encodeKeyCursor, logCursor, logPage, pageSize, toConnection } from '../pagination.js';

const limits = { pageSize: 20, maxPageSize: 100 };

describe('the one pagination helper of every subgraph (issue 9)', () => {
  it('gives the default size, the size asked for, and the list’s own refusal outside 1…max', () => {
    expect(pageSize(undefined, limits)).toBe(20);
    expect(pageSize(100, limits)).toBe(100);
    for (const first of [0, 101, 1.5])
      expect(() => pageSize(first, limits)).toThrow('每次可取1到100条。Ask for 1 to 100 at a time.');
  });

  it('reads back a keyset cursor and refuses a crafted one on `after`', () => {
    expect(decodeKeyCursor(encodeKeyCursor(['a', 'b']), 2)).toEqual(['a', 'b']);
    for (const crafted of [encodeKeyCursor(['a', 'b']), encodeKeyCursor(['x'.repeat(101)]), '%%%', '']) {
      expect(() => decodeKeyCursor(crafted, 1), crafted).toThrow(DomainError);
      expect(() => decodeKeyCursor(crafted, 1)).toThrow(
        expect.objectContaining({ details: { field: 'after', reason: 'INVALID_CURSOR' } }),
      );
    }
  });

  it('reads back a log cursor it wrote and refuses one whose instant it did not write (fuzz 800592623)', () => {
    const id = '0192f0c4-7a7e-7cc4-8a3e-3b1d2f4c5a6b';
    const at = new Date('2026-12-01T03:59:17.000Z');
    expect(logPage([], logCursor({ at, id })).$and).toHaveLength(1);
    for (const instant of [
      'Thu Feb 12 228235 13:59:17 GMT+0000',
      '+228235-02-12T13:59:17.000Z',
      '2026-12-01',
      '2026-02-30T00:00:00.000Z',
    ])
      expect(() => logPage([], encodeKeyCursor([instant, id])), instant).toThrow(
        expect.objectContaining({ details: { field: 'after', reason: 'INVALID_CURSOR' } }),
      );
  });

  it('tells whether more rows follow from the one extra row fetched', () => {
    const page = toConnection(
      [1, 2, 3],
      2,
      7,
      (n) => n * 10,
      (n) => String(n),
    );
    expect(page).toEqual({
      edges: [
        { cursor: '1', node: 10 },
        { cursor: '2', node: 20 },
      ],
      pageInfo: { hasNextPage: true, endCursor: '2' },
      totalCount: 7,
    });
  });
});
