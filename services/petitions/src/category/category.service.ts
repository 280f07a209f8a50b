import type { EntityManager } from '@mikro-orm/core';
import { CategoryEntity, type Category } from './category.entity.js';
import type { CategoryType } from './category.type.js';

/** How long a process trusts its copy of the categories (reference data, edited rarely). */
export const CATEGORY_CACHE_TTL_MS = 60_000;

type ActiveCategories = Map<string, Category>;
/** One copy per database (keyed by the ORM's configuration, shared by its forks). */
const cache = new WeakMap<object, { at: number; rows: Promise<ActiveCategories> }>();

/** Drops the process's copy after a change, so that intake sees the change at once (issue 10). */
export function forgetCategories(em: EntityManager): void {
  cache.delete(em.config);
}

/** A category as the API shows it, without its children. */
export const toCategoryType = (c: Category): CategoryType => ({
  code: c.code,
  name: c.nameZh,
  nameEn: c.nameEn,
  level: c.level,
  hot: c.hot,
  retired: !c.active,
  legalChannel: c.legalChannel ?? null,
  children: [],
});

export class CategoryService {
  constructor(private readonly em: EntityManager) {}

  /** The active categories by code, from the process's copy when it is fresh. */
  active(): Promise<ActiveCategories> {
    const key = this.em.config;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CATEGORY_CACHE_TTL_MS) return hit.rows;
    const rows = this.em
      .fork()
      .find(CategoryEntity, { active: true }, { orderBy: { sortOrder: 'asc', code: 'asc' } })
      .then((list) => new Map(list.map((c) => [c.code, c])));
    cache.set(key, { at: Date.now(), rows });
    rows.catch(() => cache.delete(key));
    return rows;
  }

  /** The whole tree (about a hundred rows, one query); retired categories only when asked. */
  async tree(includeRetired = false): Promise<CategoryType[]> {
    const rows = includeRetired
      ? await this.em.find(CategoryEntity, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } })
      : [...(await this.active()).values()];
    const nodes = new Map<string, CategoryType>(rows.map((c) => [c.code, toCategoryType(c)]));
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
