import { badInput } from '@tjxf/domain';

/** Keyset cursor over (receivedAt desc, id desc): stable under inserts, no OFFSET scans. */
export interface PetitionCursor {
  receivedAt: Date;
  id: string;
}

export const encodeCursor = (c: PetitionCursor) =>
  Buffer.from(JSON.stringify([c.receivedAt.toISOString(), c.id])).toString('base64url');

export function decodeCursor(cursor: string): PetitionCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const receivedAt = new Date(at);
    if (Number.isNaN(receivedAt.getTime()) || typeof id !== 'string') throw new Error();
    return { receivedAt, id };
  } catch {
    throw badInput('after', 'The cursor is not valid; start again from the first page.');
  }
}
