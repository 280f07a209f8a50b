import { useTranslation } from '@tjxf/i18n';
import { Page } from '@tjxf/ui';
import { useId } from 'react';
import { UnitTree } from './unit-tree';

/** The unit tree page of the workbench (R-NET). */
export function UnitsPage() {
  const { t } = useTranslation('workbench');
  const help = useId();
  return (
    <Page title={t('units.title')}>
      <p id={help}>{t('units.intro')}</p>
      <UnitTree describedBy={help} />
    </Page>
  );
}
