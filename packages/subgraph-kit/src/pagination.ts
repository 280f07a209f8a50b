import 'reflect-metadata';
import { invalidField, isUuid } from '@tjxf/domain';
import type { Reason } from '@tjxf/i18n/reasons';
import { Directive, Field, ObjectType } from 'type-graphql';

/** How many rows a list gives when not asked, and the most it gives at once. */
export interface PageLimits {
  readonly pageSize: number;
  readonly maxPageSize: number;
}

/** `pageInfo` of every connection, in every subgraph: the same two fields. */
@Directive('@shareable')
@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * The page size asked for (`first`), or the list's default; outside 1…max, BAD_USER_INPUT on
 * `first` for the list's own reason (each list names what it counts), with `max`.
 */
export function pageSize(
  first: number | null | undefined,
  limits: PageLimits,
  reason: Reason = 'PAGE_SIZE_OUT_OF_RANGE',
): number {
  const size = first ?? limits.pageSize;
  if (!Number.isInteger(size) || size < 1 || size > limits.maxPageSize)
    throw invalidField('first', reason, { max: limits.maxPageSize });
  return size;
}

/** The refusal of a cursor that is not one we made: whatever a client crafts never reaches SQL. */
export const badCursor = () => invalidField('after', 'INVALID_CURSOR');

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
  } catch {
    throw badCursor();
  }
}

/** A keyset cursor: the sort key of the last row shown, as strings (stable under inserts). */
export const encodeKeyCursor = (key: readonly string[]) => encode(key);

/** The sort key a keyset cursor names, `parts` strings of at most 100 characters, or `badCursor`. */
export function decodeKeyCursor(cursor: string, parts: number): string[] {
  const key = decode(cursor);
  if (!Array.isArray(key) || key.length !== parts || !key.every((k) => typeof k === 'string' && k.length <= 100))
    throw badCursor();
  return key as string[];
}

/** An instant as `Date.toISOString` writes it for years 0000–9999. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A log's row as its newest-first keyset cursor names it. */
export interface LogRow {
  at: Date;
  id: string;
}

/** The cursor after a log's row (newest first by `at`, then `id`). */
export const logCursor = (row: LogRow) => encodeKeyCursor([row.at.toISOString(), row.id]);

/**
 * The conditions of a newest-first log page: `conditions`, and after the cursor's row when there
 * is one; a cursor we did not make is `badCursor`.
 */
export function logPage(conditions: unknown[], after?: string | null): { $and: unknown[] } {
  if (!after) return { $and: conditions };
  const [at, id] = decodeKeyCursor(after, 2) as [string, string];
  const when = new Date(at);
  // only the instant `logCursor` wrote, in its ISO form: any other text `Date` parses (a year
  // of six digits, a locale's words) reached the database as a value it refused (fuzz 800592623)
  if (!ISO_INSTANT.test(at) || Number.isNaN(when.getTime()) || when.toISOString() !== at || !isUuid(id))
    throw badCursor();
  return { $and: [...conditions, { $or: [{ at: { $lt: when } }, { at: when, id: { $lt: id } }] }] };
}

/** The most rows an offset cursor may skip (ranked lists have no stable key to resume from). */
const MAX_OFFSET = 10_000;

/** For ranked lists: the position reached. */
export const encodeOffsetCursor = (offset: number) => encode({ o: offset });

export function decodeOffsetCursor(cursor: string): number {
  const value = decode(cursor) as { o?: unknown } | null;
  const offset = value?.o;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw badCursor();
  return offset;
}

/** A connection's page: its edges, `pageInfo` and `totalCount`. */
export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfoType;
  totalCount: number;
}

/**
 * The page of `rows` (fetched with one row more than `size`, to tell whether more follow) as a
 * connection; `cursor` gives the cursor after a row (its index on the page is passed too).
 */
export function toConnection<R, N>(
  rows: R[],
  size: number,
  totalCount: number,
  node: (row: R) => N,
  cursor: (row: R, index: number) => string,
): Connection<N> {
  const edges = rows.slice(0, size).map((row, index) => ({ cursor: cursor(row, index), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
