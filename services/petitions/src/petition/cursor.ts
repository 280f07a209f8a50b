import { badInput, isUuid } from '@tjxf/domain';

/** Keyset cursor over (receivedAt desc, id desc): stable under inserts, no OFFSET scans. */
export interface PetitionCursor {
  receivedAt: Date;
  id: string;
}

export const encodeCursor = (c: PetitionCursor) =>
  Buffer.from(JSON.stringify([c.receivedAt.toISOString(), c.id])).toString('base64url');

/** Instants a cursor may name: what PostgreSQL's timestamptz holds and a petition can have. */
const CURSOR_YEARS = { from: 1900, to: 9999 } as const;

/** A cursor as it was encoded, or BAD_USER_INPUT: whatever a client crafts never reaches SQL. */
export function decodeCursor(cursor: string): PetitionCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id)) throw new Error();
    const receivedAt = new Date(at);
    const year = receivedAt.getUTCFullYear();
    if (Number.isNaN(year) || year < CURSOR_YEARS.from || year > CURSOR_YEARS.to) throw new Error();
    return { receivedAt, id };
  } catch {
    throw badInput('after', '翻页位置无效，请从第一页开始。The cursor is not valid; start again from the first page.');
  }
}

/** For ranked search results: the position reached (relevance has no stable key). */
export const encodeOffsetCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

export function decodeOffsetCursor(cursor: string): number {
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { o: number };
    if (!Number.isInteger(o) || o < 0 || o > 10_000) throw new Error();
    return o;
  } catch {
    throw badInput('after', '翻页位置无效，请从第一页开始。The cursor is not valid; start again from the first page.');
  }
}
