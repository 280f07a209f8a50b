import type { CategoryNode } from '@tjxf/graphql-client';
import type { Language } from '@tjxf/i18n';

/**
 * The categories from the top down to `code`. Codes nest by prefix (01 › 0103 › 010303), so
 * each level holds the one node whose code starts `code`.
 */
export function categoryChain(tree: readonly CategoryNode[], code: string): CategoryNode[] {
  const chain: CategoryNode[] = [];
  let level: readonly CategoryNode[] = tree;
  for (;;) {
    const node = level.find((n) => code.startsWith(n.code));
    if (!node) return chain;
    chain.push(node);
    if (node.code === code) return chain;
    level = node.children ?? [];
  }
}

/** "城乡建设 › 供热" in the language (Chinese names are the official ones); the code when unknown. */
export function categoryText(tree: readonly CategoryNode[], code: string, language: Language): string {
  const chain = categoryChain(tree, code);
  if (chain.at(-1)?.code !== code) return code;
  return chain.map((n) => (language === 'en' ? n.nameEn : n.name)).join(' › ');
}
