import { uploadFile } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { describeError } from '@tjxf/ui';
import { useState } from 'react';
import { useFrontDeskMessages } from './use-front-desk-messages';

/** What the server accepts (it checks the bytes; this only spares a pointless upload). */
const ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx';

export interface StoredFile {
  id: string;
  fileName: string;
}

export interface FileUploadProps {
  id: string;
  label: string;
  hint: string;
  files: readonly StoredFile[];
  max: number;
  onChange: (files: StoredFile[]) => void;
  /** A problem the form or the server has with this field. */
  problem?: string | undefined;
}

/**
 * Files uploaded to /uploads one by one as they are chosen; the list keeps what was stored.
 * A refusal (too large, not a document or image) is shown at the field, in the user's language.
 */
export function FileUpload({ id, label, hint, files, max, onChange, problem }: FileUploadProps) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const { t: tc } = useTranslation();
  const [sending, setSending] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const shown = refusal ?? problem;
  const choose = async (chosen: FileList | null) => {
    setRefusal(null);
    const stored = [...files];
    for (const file of Array.from(chosen ?? []).slice(0, max - files.length)) {
      setSending(file.name);
      try {
        const answer = await uploadFile(file);
        stored.push({ id: answer.id, fileName: answer.fileName });
        onChange([...stored]);
      } catch (error) {
        setRefusal(describeError(error, tc));
      }
    }
    setSending(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {shown ? (
        <p className="field-error" id={`${id}-problem`}>
          {shown}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        multiple={max > 1}
        accept={ACCEPT}
        disabled={files.length >= max || sending !== null}
        aria-invalid={shown ? true : undefined}
        aria-describedby={[shown ? `${id}-problem` : null, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(event) => {
          void choose(event.target.files);
          event.target.value = '';
        }}
      />
      <div role="status" aria-live="polite">
        {sending ? <p className="muted">{t('frontDesk.uploading', { name: sending })}</p> : null}
      </div>
      {files.length ? (
        <ul className="file-list" data-testid={`${id}-files`}>
          {files.map((file) => (
            <li key={file.id}>
              <span>{file.fileName}</span>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => onChange(files.filter((f) => f.id !== file.id))}
              >
                {t('frontDesk.removeFile', { name: file.fileName })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
