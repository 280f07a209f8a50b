/**
 * Chinese has no spaces, and PostgreSQL's text search parser does not segment it. We index
 * overlapping character bigrams of every run of Han characters (the CJK analyzer's method in
 * Lucene): any word of two or more characters is found as a phrase of its bigrams, with no
 * dictionary to go out of date. Latin words and numbers are kept whole. docs/search.md has
 * the measurements behind the choice.
 */
import { synonymVariants } from './synonyms.js';

const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;

/** The runs of a text: Han runs and other words, normalized (NFKC, lower case). */
function runs(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? [];
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** The tokens to index, space-separated, in order (positions matter for phrases). */
export function searchTokens(text: string): string {
  return runs(text)
    .flatMap((run) => (HAN.test(run) ? bigrams(run) : [run]))
    .join(' ');
}

/**
 * A `to_tsquery('simple', …)` for what a user typed: each run must occur, a Han run as the
 * phrase of its bigrams, or of one of its variants with a synonym swapped (synonyms.ts). Null
 * when nothing searchable is left. A single Han character has no bigram: it matches as a
 * prefix of one.
 */
export function searchQuery(text: string): string | null {
  const phrase = (run: string) => {
    const grams = bigrams(run);
    return grams.length === 1 && [...run].length === 1 ? `${grams[0]}:*` : grams.join(' <-> ');
  };
  const parts = runs(text).map((run) => {
    if (!HAN.test(run)) return run.replace(/[^\p{L}\p{N}]/gu, '');
    return synonymVariants(run).map(phrase).join(' | ');
  });
  const usable = parts.filter(Boolean);
  return usable.length ? usable.map((p) => `(${p})`).join(' & ') : null;
}
