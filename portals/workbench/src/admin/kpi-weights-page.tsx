import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, formatDateTime } from '@tjxf/ui';
import { useId, useState } from 'react';
import { AdminSection } from './admin-section';
import { kpiWeightsQuery } from './admin-queries';
import { kpiVersionsQuery } from './admin-reference-queries';
import { KpiTableHead, KpiVersionForm } from './kpi-version-form';
import { useAdminConsoleMessages } from './use-admin-console-messages';

/** 考核权重: a scheme's versions, old ones too, and a new version from a date (issue 10, R-PERF). */
export function KpiWeightsPage() {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const inForce = useQuery(kpiWeightsQuery);
  const schemes = [...new Set((inForce.data ?? []).map((w) => w.scheme))];
  const [scheme, setScheme] = useState('');
  const current = scheme || schemes[0] || '';
  const versions = useQuery(kpiVersionsQuery(current));
  return (
    <AdminSection title={t('admin.kpiWeights.title')} intro={t('admin.kpiWeights.intro')}>
      {inForce.isError ? <ErrorMessage error={inForce.error} onRetry={() => void inForce.refetch()} /> : null}
      <div className="field">
        <label htmlFor={`${id}-scheme`}>{t('admin.reference.scheme')}</label>
        <select id={`${id}-scheme`} value={current} onChange={(e) => setScheme(e.target.value)}>
          {schemes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      {versions.isPending && current ? <Loading /> : null}
      {versions.isError ? <ErrorMessage error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      {current ? <KpiVersionForm key={current} scheme={current} latest={versions.data?.[0]?.weights ?? []} /> : null}
      <section aria-labelledby={`${id}-versions`}>
        <h2 id={`${id}-versions`}>{t('admin.kpiWeights.versions')}</h2>
        {(versions.data ?? []).map((version) => (
          <div className="admin-table-wrap" key={version.version}>
            <table className="admin-table" data-testid="kpi-version">
              <caption>
                {t('admin.kpiWeights.version', {
                  version: version.version,
                  from: version.effectiveFrom ?? t('admin.kpiWeights.fromStart'),
                  by: version.createdBy?.username ?? t('admin.kpiWeights.seeded'),
                  at: formatDateTime(version.createdAt, language),
                })}
              </caption>
              <KpiTableHead />
              <tbody>
                {version.weights.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{t(`admin.kpi.${w.kpi}`)}</th>
                    <td>{w.weight}</td>
                    <td>{w.threshold ?? '—'}</td>
                    <td>{w.penalty ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </AdminSection>
  );
}
