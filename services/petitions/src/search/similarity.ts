import { SYNONYM_GROUPS } from './synonyms.js';

/**
 * Words every petition says whatever its matter (the formulae of a letter, pronouns, the
 * commonest particles): they make two different matters look alike, so the comparison of
 * matters leaves them out. Kept short on purpose; docs/repeat-detection.md says how it was chosen.
 */
const FORMULAE = [
  '有关部门',
  '关于',
  '反映',
  '请求',
  '督促',
  '有关',
  '部门',
  '依法',
  '处理',
  '查处',
  '整改',
  '投诉',
  '本人',
  '我家',
  '我们',
  '多次',
  '至今',
  '未果',
  '解决',
  '问题',
  '情况',
  '尽快',
  '相关',
  '一直',
  '现在',
  '已经',
  '没有',
  '什么',
  '这个',
  '那个',
  '小区',
  '长期',
  '经常',
  '居民',
  '严重',
  '影响',
  '请',
  '的',
  '了',
  '是',
  '也',
  '都',
  '就',
  '和',
  '在',
  '给',
];

/** Fewer shared bigrams than this are no evidence of one matter, however short the texts. */
const MIN_SHARED = 2;

/** Each synonym as its group's first word, longest words first (a word inside another waits). */
const CANONICAL = SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group[0]!] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/** The bigrams of a text told in any words: synonyms made one, formulae left out (NFKC, lower case). */
export function matterBigrams(text: string): Set<string> {
  let normalized = text.normalize('NFKC').toLowerCase();
  for (const [word, canonical] of CANONICAL) normalized = normalized.replaceAll(word, canonical);
  for (const formula of FORMULAE) normalized = normalized.replaceAll(formula, ' ');
  const grams = new Set<string>();
  for (const run of normalized.match(RUNS) ?? []) {
    const chars = [...run];
    if (chars.length < 2) {
      if (!/\p{Script=Han}/u.test(run)) grams.add(run);
      continue;
    }
    for (let i = 0; i < chars.length - 1; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/**
 * How far two texts tell the same matter, 0..1: the share of the shorter text's bigrams the
 * other has too (the overlap coefficient), after {@link matterBigrams}. The shorter text
 * decides, so a shortened retelling of a long letter still matches it.
 */
export function matterSimilarity(a: string, b: string): number {
  const x = matterBigrams(a);
  const y = matterBigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared < MIN_SHARED ? 0 : shared / Math.min(x.size, y.size);
}
