import { LockMode, type EntityManager } from '@mikro-orm/core';
import { ErrorCode, NAME_PROBLEM_REASONS, invalidField, nameProblem, refuse } from '@tjxf/domain';
import { audit } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { CategoryEntity, type Category } from './category.entity.js';
import { forgetCategories, toCategoryType } from './category.service.js';
import type { CategoryType } from './category.type.js';

/** How deep the tree goes and how long a name may be (the column's width). */
export const CATEGORY_LIMITS = { levels: 3, childrenPerParent: 99, nameZh: 60, nameEn: 100 } as const;

/** What an administrator gives for a new category or a new name. */
export interface CategoryNames {
  name: string;
  nameEn?: string | null;
}

/**
 * The administrator's edits of the category tree (issue 10, R-HOT): add under a parent, rename,
 * retire, mark or unmark a hot topic. Codes are never reused or changed; petitions keep their
 * category; a retired one (and everything under it) is no longer offered or accepted for new
 * petitions. Each change is one transaction with its audit entry, and intake sees it at once.
 */
export class CategoryAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  add(parentCode: string | null | undefined, names: CategoryNames, hot = false): Promise<CategoryType> {
    const { nameZh, nameEn = nameZh } = checkedNames(names, 'input');
    return this.change(async (tx) => {
      // one code per new category, also when two are added under one parent at once
      await tx
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtextextended(?, 0))',
          ['category:add'],
          'all',
          tx.getTransactionContext(),
        );
      const parent = parentCode ? await tx.findOne(CategoryEntity, { code: parentCode }) : null;
      if (parentCode && !parent) throw invalidField('input.parentCode', 'CATEGORY_NOT_FOUND');
      if (parent && !parent.active) throw invalidField('input.parentCode', 'CATEGORY_PARENT_RETIRED');
      const level = parent ? parent.level + 1 : 1;
      if (level > CATEGORY_LIMITS.levels) throw invalidField('input.parentCode', 'CATEGORY_TOO_DEEP');
      const siblings = await tx.find(CategoryEntity, { parentCode: parent?.code ?? null });
      if (siblings.some((s) => s.active && s.nameZh === nameZh))
        throw invalidField('input.name', 'CATEGORY_NAME_TAKEN');
      const next = Math.max(0, ...siblings.map((s) => Number(s.code.slice(-2)))) + 1;
      if (next > CATEGORY_LIMITS.childrenPerParent) throw invalidField('input.parentCode', 'CATEGORY_FULL');
      const code = `${parent?.code ?? ''}${String(next).padStart(2, '0')}`;
      const category = tx.create(CategoryEntity, {
        code,
        parentCode: parent?.code ?? null,
        level,
        nameZh,
        nameEn,
        hot,
        legalChannel: null,
        sortOrder: next,
        active: true,
      });
      audit(tx, this.viewer, {
        action: 'CATEGORY_ADDED',
        subject: `category:${code}`,
        detail: { nameZh, nameEn, hot },
      });
      return category;
    });
  }

  rename(code: string, names: CategoryNames): Promise<CategoryType> {
    const checked = checkedNames(names, '');
    return this.change(async (tx) => {
      const category = await this.existing(tx, code);
      const { nameZh, nameEn = category.nameEn } = checked;
      const siblings = await tx.find(CategoryEntity, { parentCode: category.parentCode ?? null, active: true });
      if (siblings.some((s) => s.code !== code && s.nameZh === nameZh))
        throw invalidField('name', 'CATEGORY_NAME_TAKEN');
      if (category.nameZh !== nameZh || category.nameEn !== nameEn)
        audit(tx, this.viewer, {
          action: 'CATEGORY_RENAMED',
          subject: `category:${code}`,
          detail: { from: { nameZh: category.nameZh, nameEn: category.nameEn }, to: { nameZh, nameEn } },
        });
      Object.assign(category, { nameZh, nameEn });
      return category;
    });
  }

  /** Retires a category and everything under it: petitions keep it, new ones cannot choose it. */
  retire(code: string): Promise<CategoryType> {
    return this.change(async (tx) => {
      const category = await this.existing(tx, code);
      if (!category.active) throw refuse(ErrorCode.CONFLICT, 'CATEGORY_ALREADY_RETIRED');
      const under = await tx.find(CategoryEntity, { code: { $like: `${category.code}%` }, active: true });
      for (const row of under) row.active = false;
      audit(tx, this.viewer, {
        action: 'CATEGORY_RETIRED',
        subject: `category:${code}`,
        detail: { codes: under.map((row) => row.code).sort() },
      });
      return category;
    });
  }

  setHot(code: string, hot: boolean): Promise<CategoryType> {
    return this.change(async (tx) => {
      const category = await this.existing(tx, code);
      if (category.hot !== hot)
        audit(tx, this.viewer, {
          action: hot ? 'HOT_TOPIC_MARKED' : 'HOT_TOPIC_UNMARKED',
          subject: `category:${code}`,
          detail: {},
        });
      category.hot = hot;
      return category;
    });
  }

  private async existing(tx: EntityManager, code: string): Promise<Category> {
    const category = await tx.findOne(CategoryEntity, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!category) throw refuse(ErrorCode.NOT_FOUND, 'CATEGORY_NOT_FOUND');
    return category;
  }

  /** One transaction; the process's copy of the tree is dropped once it commits. */
  private async change(work: (tx: EntityManager) => Promise<Category>): Promise<CategoryType> {
    const category = await this.em.fork().transactional(work);
    forgetCategories(this.em);
    return toCategoryType(category);
  }
}

/**
 * The names, trimmed and checked (an English name left empty is not given); `prefix` is the
 * input's name in `extensions.field`.
 */
function checkedNames(names: CategoryNames, prefix: string): { nameZh: string; nameEn?: string } {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const nameZh = names.name.trim();
  const nameEn = names.nameEn?.trim() || undefined;
  for (const [key, value, max] of [
    ['name', nameZh, CATEGORY_LIMITS.nameZh],
    ['nameEn', nameEn, CATEGORY_LIMITS.nameEn],
  ] as const) {
    if (value === undefined && key === 'nameEn') continue;
    if (!value || value.length > max) throw invalidField(field(key), 'CATEGORY_NAME_LENGTH', { max });
    const problem = nameProblem(value);
    if (problem) throw invalidField(field(key), NAME_PROBLEM_REASONS[problem]);
  }
  return nameEn ? { nameZh, nameEn } : { nameZh };
}
