/**
 * Words petitioners and staff use for the same thing in the hot topics of petition work
 * (issue 10, R-HOT). A query containing one of a group's words also finds the texts that use
 * another. Maintained here, by hand, from what staff report they typed and did not find; each
 * group's words must not contain one another (a word inside another would double the match).
 * docs/search.md says how the list was measured and how to extend it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['噪声', '噪音'],
  ['供暖', '暖气', '供热', '采暖'],
  ['拆迁', '征收', '动迁'],
  ['欠薪', '拖欠工资', '讨薪'],
  ['违建', '违章建筑', '违法建设', '私搭乱建'],
  ['养老金', '退休金'],
  ['低保', '最低生活保障'],
  ['医保', '医疗保险'],
  ['社保', '社会保险'],
  ['棚改', '棚户区改造'],
  ['房产证', '不动产权证', '产权证书', '房本'],
  ['供热公司', '热力公司'],
  ['信号灯', '红绿灯', '红路灯'],
  ['补偿款', '拆迁款'],
  ['燃气', '煤气', '天然气'],
  ['停电', '断电'],
  ['停水', '断水'],
  ['污水', '废水'],
  ['退役军人', '退伍军人', '复员军人'],
  ['物业', '物管'],
  ['网约车', '专车'],
  ['学位', '入学名额'],
];

const GROUP_OF = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));

/** At most this many variants of one run of a query: the query stays small. */
const MAX_VARIANTS = 16;

/**
 * A run of Han characters and its variants, each with one synonym swapped for another of its
 * group (all combinations, up to {@link MAX_VARIANTS}), the run itself first.
 */
export function synonymVariants(run: string): string[] {
  let variants = [run];
  for (const [word, group] of GROUP_OF) {
    if (!run.includes(word)) continue;
    const more = variants.flatMap((v) => group.filter((w) => w !== word).map((other) => v.replaceAll(word, other)));
    variants = [...new Set([...variants, ...more])].slice(0, MAX_VARIANTS);
  }
  return variants;
}
