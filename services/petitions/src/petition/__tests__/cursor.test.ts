import { DomainError } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from '../cursor.js';

const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors (issue 8: a crafted cursor is bad input, never a database error)', () => {
  it('reads back what it wrote', () => {
    const cursor = { receivedAt: new Date('2026-03-01T08:00:00Z'), id: '0195e3a4-0000-7000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeOffsetCursor(encodeOffsetCursor(40))).toBe(40);
  });

  it('refuses crafted cursors with BAD_USER_INPUT on `after`', () => {
    for (const cursor of [
      crafted(['2026-03-01T08:00:00Z', 'not-a-uuid']),
      crafted(['2026-03-01T08:00:00Z', "' or 1=1 --"]),
      crafted(['-271821-04-20T00:00:00Z', '0195e3a4-0000-7000-8000-000000000001']),
      crafted(['275760-09-13T00:00:00Z', '0195e3a4-0000-7000-8000-000000000001']),
      crafted([0, '0195e3a4-0000-7000-8000-000000000001']),
      crafted({ receivedAt: 1 }),
      crafted(null),
      '%%%',
      '',
    ]) {
      expect(() => decodeCursor(cursor), cursor).toThrow(DomainError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as DomainError).details.field).toBe('after');
      }
    }
    for (const cursor of [crafted({ o: -1 }), crafted({ o: 1.5 }), crafted({ o: '3' }), crafted(null)])
      expect(() => decodeOffsetCursor(cursor)).toThrow(DomainError);
  });
});
