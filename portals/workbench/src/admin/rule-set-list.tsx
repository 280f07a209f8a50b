import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { ruleSetsQuery } from './admin-queries';

/** Every rule set and version with its limits: read-only, a new version is a code change. */
export function RuleSetList() {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const ruleSets = useQuery(ruleSetsQuery);
  return (
    <section aria-labelledby="rule-sets-title">
      <h2 id="rule-sets-title">{t('admin.units.ruleSetsTitle')}</h2>
      <p>{t('admin.units.ruleSetsIntro')}</p>
      {ruleSets.isPending ? <Loading /> : null}
      {ruleSets.isError ? <ErrorMessage error={ruleSets.error} onRetry={() => void ruleSets.refetch()} /> : null}
      {ruleSets.data?.map((ruleSet) => (
        <div key={ruleSet.id} className="card" data-testid="rule-set">
          <h3>
            {language === 'en' ? ruleSet.nameEn : ruleSet.name}{' '}
            <span className="muted">
              {ruleSet.code} v{ruleSet.version}
            </span>
          </h3>
          <p>
            {t('admin.units.source')}：{ruleSet.source} · {t('admin.units.effectiveFrom')}：{ruleSet.effectiveFrom} ·{' '}
            {t('admin.units.reminder', { count: ruleSet.reminderDaysBefore })}
          </p>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.units.limit')}</th>
                  <th scope="col">{t('admin.units.days')}</th>
                  <th scope="col">{t('admin.units.maxExtension')}</th>
                </tr>
              </thead>
              <tbody>
                {ruleSet.limits.map((limit) => (
                  <tr key={limit.kind}>
                    <th scope="row">{t(`admin.limitKind.${limit.kind}`)}</th>
                    <td>{tc(`dayBasis.${limit.basis}`, { count: limit.days })}</td>
                    <td>
                      {limit.maxExtensionDays
                        ? t('admin.units.extensionDays', { count: limit.maxExtensionDays })
                        : t('admin.units.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
