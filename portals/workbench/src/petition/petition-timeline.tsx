import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime, historyActionLabel, useViewer } from '@tjxf/ui';
import type { StaffPetition } from './petition-query';

/**
 * The petition's history as staff read it, oldest first: when, what, the change of status,
 * which unit, and internal notes. Other staff are not named (the API gives only their id).
 */
export function PetitionTimeline({ history, labelledBy }: { history: StaffPetition['history']; labelledBy: string }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const { data: viewer } = useViewer();
  return (
    <ol className="staff-timeline" aria-labelledby={labelledBy} data-testid="timeline">
      {history.map((entry, i) => (
        <li key={`${entry.at}-${i}`}>
          <p className="muted">
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
          </p>
          <p>
            <strong>{historyActionLabel(tc, entry.action)}</strong>
            {entry.toStatus ? (
              <span>
                {' · '}
                {entry.fromStatus ? `${tc(`petitionStatus.${entry.fromStatus}`)} → ` : null}
                {tc(`petitionStatus.${entry.toStatus}`)}
              </span>
            ) : null}
          </p>
          {entry.unit || (viewer && entry.actor?.id === viewer.id) ? (
            <p>
              {entry.unit?.name} {viewer && entry.actor?.id === viewer.id ? t('petition.byYou') : null}
            </p>
          ) : null}
          {entry.note ? <p className="user-text">{inLanguage(entry.note, language)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
