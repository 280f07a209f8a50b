import { isUuid } from '@tjxf/domain';
import { badCursor, decodeKeyCursor, encodeKeyCursor } from '@tjxf/subgraph-kit';

export { decodeOffsetCursor, encodeOffsetCursor } from '@tjxf/subgraph-kit';

/** Keyset cursor over (receivedAt desc, id desc): stable under inserts, no OFFSET scans. */
export interface PetitionCursor {
  receivedAt: Date;
  id: string;
}

export const encodeCursor = (c: PetitionCursor) => encodeKeyCursor([c.receivedAt.toISOString(), c.id]);

/** Instants a cursor may name: what PostgreSQL's timestamptz holds and a petition can have. */
const CURSOR_YEARS = { from: 1900, to: 9999 } as const;

/** A cursor as it was encoded, or BAD_USER_INPUT: whatever a client crafts never reaches SQL. */
export function decodeCursor(cursor: string): PetitionCursor {
  const [at, id] = decodeKeyCursor(cursor, 2) as [string, string];
  const receivedAt = new Date(at);
  const year = receivedAt.getUTCFullYear();
  if (!isUuid(id) || Number.isNaN(year) || year < CURSOR_YEARS.from || year > CURSOR_YEARS.to) throw badCursor();
  return { receivedAt, id };
}
