import type { PetitionStatus } from '@tjxf/graphql-client';
import { inLanguage, useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime, historyActionLabel } from '@tjxf/ui';

export interface TimelineEntry {
  at: string;
  action: string;
  status: PetitionStatus | null;
  note: string | null;
  unitName: string | null;
}

/** What happened so far, oldest first: when, what, the status it led to, which unit. */
export function Timeline({ entries, labelledBy }: { entries: readonly TimelineEntry[]; labelledBy: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ol className="timeline" aria-labelledby={labelledBy} data-testid="timeline">
      {entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`} className="timeline-entry">
          <p className="timeline-time">
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
          </p>
          <p className="timeline-action">
            <strong>{historyActionLabel(t, entry.action)}</strong>
            {entry.status ? <span className="muted"> · {t(`petitionStatus.${entry.status}`)}</span> : null}
          </p>
          {entry.unitName ? <p className="timeline-unit">{entry.unitName}</p> : null}
          {entry.note ? <p className="user-text timeline-note">{inLanguage(entry.note, language)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
