import { useTranslation } from '@tjxf/i18n';
import { useId } from 'react';
import { Link } from 'react-router';

/** What the workbench adds to its home page for now: the way to the unit tree. */
export function WorkbenchHome() {
  const { t } = useTranslation('workbench');
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t('home.unitsTitle')}</h2>
      <p>{t('home.unitsBody')}</p>
      <Link to="/units">{t('home.unitsLink')}</Link>
    </section>
  );
}
