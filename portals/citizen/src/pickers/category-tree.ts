import type { CategoryNode, LegalChannel, PetitionKind } from '@tjxf/graphql-client';
import type { Language } from '@tjxf/i18n';

/** One select of the category picker: its options and the chosen code ('' for none). */
export interface CategoryLevel {
  level: number;
  options: readonly CategoryNode[];
  value: string;
}

/**
 * The selects to show for the chosen codes: level 1 always, each next level once the one
 * above is chosen and has children. A chosen code that is not in the tree (stale draft)
 * ends the chain.
 */
export function categoryLevels(tree: readonly CategoryNode[], chosen: readonly string[]): CategoryLevel[] {
  const levels: CategoryLevel[] = [];
  let options: readonly CategoryNode[] = tree;
  for (let level = 1; options.length > 0; level++) {
    const value = chosen[level - 1] ?? '';
    const node = options.find((o) => o.code === value);
    levels.push({ level, options, value: node ? value : '' });
    if (!node) break;
    options = node.children ?? [];
  }
  return levels;
}

/** The chosen codes after choosing `code` at `level` (1-based): the levels below are cleared. */
export function chooseCategory(chosen: readonly string[], level: number, code: string): string[] {
  const above = chosen.slice(0, level - 1);
  return code ? [...above, code] : above;
}

/** The chain of categories from level 1 down to `code`, or [] when it is not in the tree. */
export function categoryPath(tree: readonly CategoryNode[], code: string): CategoryNode[] {
  for (const node of tree) {
    if (node.code === code) return [node];
    const below = categoryPath(node.children ?? [], code);
    if (below.length) return [node, ...below];
  }
  return [];
}

/** A category's name in the language (Chinese names are the official ones). */
export const categoryName = (node: CategoryNode, language: Language): string =>
  language === 'en' ? node.nameEn : node.name;

/** "城乡建设 › 城市建设拆迁 › 房屋征收补偿" — the path to `code`, or the code itself when unknown. */
export function categoryLabel(tree: readonly CategoryNode[], code: string, language: Language): string {
  const path = categoryPath(tree, code);
  return path.length ? path.map((n) => categoryName(n, language)).join(' › ') : code;
}

/**
 * Where a matter of this category and kind must go instead of the petition procedure (R-P2),
 * as the server decides it: discipline inspection only for a report.
 */
export function redirectChannel(node: CategoryNode | undefined, kind: PetitionKind | ''): LegalChannel | null {
  const channel = node?.legalChannel ?? null;
  if (channel === 'DISCIPLINE_INSPECTION' && kind !== 'REPORT') return null;
  return channel;
}
