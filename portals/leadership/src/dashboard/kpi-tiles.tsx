import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { changeOf, formatNumber, formatRate } from './figures';
import type { Period } from './period';
import { kpisQuery, type KpiUnitRole, type KpiValue } from './stats-queries';

const ROLES: readonly KpiUnitRole[] = ['PETITION_OFFICE', 'RESPONSIBLE_UNIT'];

/** One KPI: its rate, the fraction it comes from, and the trend against the previous period. */
function KpiTile({ value }: { value: KpiValue }) {
  const { t } = useTranslation('leadership');
  const { language } = useLanguage();
  const change = changeOf(value.code, value.rate, value.previousRate);
  const arrow = change?.direction === 'up' ? '▲' : change?.direction === 'down' ? '▼' : '';
  const changeClass = change?.good === null || !change ? '' : change.good ? 'kpi-good' : 'kpi-bad';
  return (
    <li className="kpi-tile">
      <h4 className="kpi-name">{t(`kpi.code.${value.code}`)}</h4>
      <p className="kpi-rate">{formatRate(value.rate, language)}</p>
      <p className="kpi-fraction">
        {value.denominator === 0
          ? t('kpi.none')
          : t('kpi.fraction', {
              numerator: formatNumber(value.numerator, language),
              denominator: formatNumber(value.denominator, language),
            })}
      </p>
      <p className={`kpi-change ${changeClass}`}>
        {change ? (
          <>
            <span aria-hidden="true">{arrow} </span>
            {change.direction === 'same'
              ? t('kpi.same')
              : t(`kpi.${change.direction}`, { points: formatNumber(change.points, language, 1) })}
            <span className="kpi-previous">
              {t('kpi.previous', { rate: formatRate(value.previousRate, language) })}
            </span>
          </>
        ) : (
          t('kpi.noPrevious')
        )}
      </p>
      <p className="kpi-formula">
        {t('kpi.formula', { formula: language === 'en' ? value.formulaEn : value.formula })}
      </p>
    </li>
  );
}

/** The KPI tiles of an area and period, petition offices and responsible units apart (R-P14). */
export function KpiTiles({ regionCode, period }: { regionCode: string; period: Period }) {
  const { t } = useTranslation('leadership');
  const kpis = useQuery(kpisQuery(regionCode, period, 'NONE'));
  return (
    <section className="dashboard-panel kpi-panel" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('kpi.title')}</h2>
      {kpis.isPending ? (
        <Loading />
      ) : kpis.isError ? (
        <ErrorMessage error={kpis.error} />
      ) : (
        ROLES.map((role) => {
          const values = kpis.data.filter((v) => v.unitRole === role);
          if (values.length === 0) return null;
          return (
            <div key={role} className="kpi-group">
              <h3>{t(`kpi.role.${role}`)}</h3>
              <ul className="kpi-tiles">
                {values.map((value) => (
                  <KpiTile key={value.code} value={value} />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
