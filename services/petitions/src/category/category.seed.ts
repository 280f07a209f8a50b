import type { EntityManager } from '@mikro-orm/core';
import { CategoryEntity, type Category } from './category.entity.js';

type CategoryRow = Pick<Category, 'code' | 'level' | 'nameZh' | 'nameEn' | 'hot' | 'sortOrder' | 'active'> & {
  parentCode: string | null;
  legalChannel: Category['legalChannel'] | null;
};
import { TAXONOMY, type TaxonomyNode } from './category.taxonomy.js';

/**
 * Reference data: the taxonomy's categories that the database does not have yet. What the
 * administrator edited (a name, a hot topic, a retirement) stays as edited (issue 10).
 */
export async function seedCategories(em: EntityManager): Promise<void> {
  const rows: CategoryRow[] = [];
  const walk = (nodes: TaxonomyNode[], parentCode: string | null, level: number) =>
    nodes.forEach((node, i) => {
      rows.push({
        code: node.code,
        parentCode,
        level,
        nameZh: node.zh,
        nameEn: node.en,
        hot: node.hot ?? false,
        legalChannel: node.legalChannel ?? null,
        sortOrder: i,
        active: true,
      });
      walk(node.children ?? [], node.code, level + 1);
    });
  walk(TAXONOMY, null, 1);
  await em.upsertMany(CategoryEntity, rows, { onConflictFields: ['code'], onConflictAction: 'ignore' });
}
