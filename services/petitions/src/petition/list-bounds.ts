/**
 * How far lists go at a million petitions (issue 12; docs/performance.md):
 * - `countBound`: counting every petition in a city office's scope read the whole table
 *   (1.7 s, with an index-only scan); lists count up to this and then say "10000+": an officer
 *   narrows the filter rather than reads the number (`LIST_COUNT_BOUND`);
 * - `rankedMatches`: ranking reads each match's whole search vector, and a common word matches
 *   tens of thousands; a search ranks its newest this-many matches by relevance, the older
 *   follow newest first (`SEARCH_RANKED_MATCHES`).
 */
export interface ListBounds {
  countBound: number;
  rankedMatches: number;
}

export const LIST_BOUNDS: ListBounds = { countBound: 10_000, rankedMatches: 1_000 };
