import type { EntityManager } from '@mikro-orm/core';
import { CategoryEntity } from './category.entity.js';
import type { CategoryType } from './category.type.js';

export class CategoryService {
  constructor(private readonly em: EntityManager) {}

  /** The whole tree (about a hundred rows, one query). */
  async tree(): Promise<CategoryType[]> {
    const rows = await this.em.find(CategoryEntity, { active: true }, { orderBy: { sortOrder: 'asc', code: 'asc' } });
    const nodes = new Map<string, CategoryType>(
      rows.map((c) => [
        c.code,
        {
          code: c.code,
          name: c.nameZh,
          nameEn: c.nameEn,
          level: c.level,
          hot: c.hot,
          legalChannel: c.legalChannel ?? null,
          children: [],
        },
      ]),
    );
    const roots: CategoryType[] = [];
    for (const row of rows) {
      const node = nodes.get(row.code)!;
      const parent = row.parentCode ? nodes.get(row.parentCode) : undefined;
      if (parent) parent.children.push(node);
      else if (!row.parentCode) roots.push(node);
    }
    return roots;
  }
}
