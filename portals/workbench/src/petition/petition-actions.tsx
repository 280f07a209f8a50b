import { useTranslation } from '@tjxf/i18n';

/**
 * 可办理的操作: what the viewer may do with the petition now. Empty until the procedure
 * arrives; then it lists the petition's `allowedActions` (forward, assign, accept, reply, …).
 * Kept to this one component so that it can be replaced whole.
 */
export function PetitionActions() {
  const { t } = useTranslation('workbench');
  return (
    <section className="card petition-actions" aria-labelledby="petition-actions" data-testid="petition-actions">
      <h2 id="petition-actions">{t('actions.title')}</h2>
      <p className="muted">{t('actions.pending')}</p>
    </section>
  );
}
