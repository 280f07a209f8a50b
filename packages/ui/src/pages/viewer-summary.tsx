import type { Viewer } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useId } from 'react';
import { rolesLabel } from '../labels.js';

/** Who you are: name, username, role (in words, e.g. 信访干部) and the units you work for. */
export function ViewerSummary({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t('viewer.summary')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('viewer.name')}</dt>
          <dd data-testid="viewer-name">{viewer.displayName}</dd>
        </div>
        <div>
          <dt>{t('viewer.username')}</dt>
          <dd>{viewer.username}</dd>
        </div>
        <div>
          <dt>{t('viewer.role')}</dt>
          <dd data-testid="viewer-role">{rolesLabel(t, viewer.roles, viewer.representativeKind, language)}</dd>
        </div>
        <div>
          <dt>{t('viewer.units')}</dt>
          <dd data-testid="viewer-units">
            {viewer.units.length === 0 ? (
              t('viewer.noUnit')
            ) : (
              <ul className="plain-list">
                {viewer.units.map((unit) => (
                  <li key={unit.id}>
                    {unit.name}{' '}
                    <span className="muted">
                      {t('viewer.unitDetail', { level: t(`unitLevel.${unit.level}`), kind: t(`unitKind.${unit.kind}`) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
