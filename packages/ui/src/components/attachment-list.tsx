import { useLanguage } from '@tjxf/i18n';
import { formatFileSize } from '../format.js';

export interface AttachmentLink {
  id: string;
  fileName: string;
  size: number;
  /** Where to download it, through the gateway with the reader's rights. */
  url: string;
}

/** A petition's files as download links with their size; `empty` when there are none. */
export function AttachmentList({ attachments, empty }: { attachments: readonly AttachmentLink[]; empty: string }) {
  const { language } = useLanguage();
  if (attachments.length === 0) return <p>{empty}</p>;
  return (
    <ul className="plain-list">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={a.url} download={a.fileName}>
            {a.fileName}
          </a>{' '}
          <span className="muted">{formatFileSize(a.size, language)}</span>
        </li>
      ))}
    </ul>
  );
}
