import { useQuery } from '@tanstack/react-query';
import type { CategoryNode } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { categoryTreeQuery } from '../reference/reference-queries';
import { AdminSection } from './admin-section';
import { kpiWeightsQuery } from './admin-queries';

/** 分类与考核权重: the category tree with its hot issues, and the KPI weight schemes; read-only. */
export function ReferencePage() {
  const { t } = useTranslation('workbench');
  const categories = useQuery(categoryTreeQuery);
  const weights = useQuery(kpiWeightsQuery);
  return (
    <AdminSection title={t('admin.reference.title')} intro={t('admin.reference.intro')}>
      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title">{t('admin.reference.kpi')}</h2>
        {weights.isPending ? <Loading /> : null}
        {weights.isError ? <ErrorMessage error={weights.error} onRetry={() => void weights.refetch()} /> : null}
        {weights.data?.length ? (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.reference.scheme')}</th>
                  <th scope="col">{t('admin.reference.indicator')}</th>
                  <th scope="col">{t('admin.reference.weight')}</th>
                  <th scope="col">{t('admin.reference.threshold')}</th>
                  <th scope="col">{t('admin.reference.penalty')}</th>
                </tr>
              </thead>
              <tbody>
                {weights.data.map((w) => (
                  <tr key={w.id}>
                    <td>
                      {w.scheme} v{w.version}
                    </td>
                    <th scope="row">{t(`admin.kpi.${w.kpi}`)}</th>
                    <td>{w.weight}</td>
                    <td>{w.threshold ?? '—'}</td>
                    <td>{w.penalty ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="categories-title">
        <h2 id="categories-title">{t('admin.reference.categories')}</h2>
        {categories.isPending ? <Loading /> : null}
        {categories.isError ? (
          <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />
        ) : null}
        {categories.data ? <CategoryList nodes={categories.data} /> : null}
      </section>
    </AdminSection>
  );
}

function CategoryList({ nodes }: { nodes: readonly CategoryNode[] }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.code}>
          {node.code} {language === 'en' ? node.nameEn : node.name}
          {node.hot ? <strong className="badge"> {t('admin.reference.hot')}</strong> : null}
          {node.children?.length ? <CategoryList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
