import { badInput } from '@tjxf/domain';

/** Defaults of the identity subgraph's lists. */
export const PAGE_DEFAULTS = { pageSize: 50, maxPageSize: 100 } as const;

export function pageSize(first?: number | null): number {
  const size = first ?? PAGE_DEFAULTS.pageSize;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_DEFAULTS.maxPageSize)
    throw badInput(
      'first',
      `每次可取1到${PAGE_DEFAULTS.maxPageSize}条。Ask for 1 to ${PAGE_DEFAULTS.maxPageSize} at a time.`,
    );
  return size;
}

/** A keyset cursor: the sort key of the last row shown, as strings. */
export const encodeCursor = (key: readonly string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

export const badCursor = () =>
  badInput('after', '翻页位置无效，请从第一页开始。The cursor is not valid; start again from the first page.');

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (!Array.isArray(key) || key.length !== parts || !key.every((k) => typeof k === 'string' && k.length <= 100))
      throw new Error();
    return key as string[];
  } catch {
    throw badCursor();
  }
}

/** The page of `rows` (fetched with one extra to tell whether more follow) as a connection. */
export function toConnection<R, N>(
  rows: R[],
  size: number,
  totalCount: number,
  node: (r: R) => N,
  key: (r: R) => string[],
) {
  const edges = rows.slice(0, size).map((r) => ({ cursor: encodeCursor(key(r)), node: node(r) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
