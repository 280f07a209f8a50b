import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { useState } from 'react';
import { AdminSection } from './admin-section';
import { adminCategoriesQuery, type CategoryNode } from './admin-reference-queries';
import { CategoryPanel } from './category-panel';
import { useAdminConsoleMessages } from './use-admin-console-messages';

/** 分类与热点问题: the category tree, retired ones too; choose one to rename, retire, mark or add under. */
export function CategoriesPage() {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const categories = useQuery(adminCategoriesQuery);
  const [selected, setSelected] = useState<string | null>(null);
  const find = (nodes: CategoryNode[] | undefined, code: string | null): CategoryNode | null => {
    for (const node of nodes ?? []) {
      if (node.code === code) return node;
      const below = find(node.children ?? [], code);
      if (below) return below;
    }
    return null;
  };
  const chosen = find(categories.data, selected);
  return (
    <AdminSection title={t('admin.categories.title')} intro={t('admin.categories.intro')}>
      <div className="admin-split">
        <section aria-labelledby="category-tree-title">
          <h2 id="category-tree-title">{t('admin.categories.tree')}</h2>
          {categories.isPending ? <Loading /> : null}
          {categories.isError ? (
            <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />
          ) : null}
          {categories.data ? <CategoryList nodes={categories.data} selected={selected} onSelect={setSelected} /> : null}
        </section>
        <CategoryPanel category={chosen} onAdded={setSelected} />
      </div>
    </AdminSection>
  );
}

function CategoryList({
  nodes,
  selected,
  onSelect,
}: {
  nodes: readonly CategoryNode[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  return (
    <ul className="admin-category-list">
      {nodes.map((node) => (
        <li key={node.code} data-testid="category-item">
          <button
            type="button"
            className="button-link"
            aria-pressed={selected === node.code}
            onClick={() => onSelect(node.code)}
          >
            {node.code} {language === 'en' ? node.nameEn : node.name}
          </button>
          {node.hot ? <strong className="badge"> {t('admin.reference.hot')}</strong> : null}
          {node.retired ? <span className="badge"> {t('admin.categories.retired')}</span> : null}
          {node.children?.length ? (
            <CategoryList nodes={node.children} selected={selected} onSelect={onSelect} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
