import type { UploadedFile } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { describeError, formatFileSize } from '@tjxf/ui';
import { useEffect, useState } from 'react';
import type { AttachmentRef } from '../draft/petition-draft';
import { ACCEPT_ATTRIBUTE } from './file-rules';
import { useUploads, type UploadTask } from './use-uploads';

export interface AttachmentsFieldProps {
  id: string;
  label: string;
  hint: string;
  files: readonly AttachmentRef[];
  max: number;
  onAdd: (file: UploadedFile) => void;
  onRemove: (id: string) => void;
  error?: string | undefined;
  /** Told whether a file is still being sent, so the form waits for it. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * Files for a petition: a native file input (keyboard, screen readers and phones' pickers
 * all know it), a progress bar for each file on its way, and what was stored, removable.
 */
export function AttachmentsField({
  id,
  label,
  hint,
  files,
  max,
  onAdd,
  onRemove,
  error,
  onBusyChange,
}: AttachmentsFieldProps) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [announcement, setAnnouncement] = useState('');
  const uploads = useUploads(max - files.length, (stored) => {
    onAdd(stored);
    setAnnouncement(t('files.uploaded', { name: stored.fileName }));
  });
  const full = files.length >= max;
  useEffect(() => onBusyChange?.(uploads.busy), [uploads.busy, onBusyChange]);

  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="field attachments">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {full ? (
        <p className="muted">{t('files.full', { max })}</p>
      ) : (
        <input
          id={id}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          multiple={max > 1}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            event.target.value = ''; // the same file may be chosen again after removing it
            if (chosen.length) uploads.start(chosen);
          }}
        />
      )}
      {files.length || uploads.tasks.length ? (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.id} className="file-item">
              <span className="file-name">{file.fileName}</span>{' '}
              <span className="muted">{formatFileSize(file.size, language)}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  onRemove(file.id);
                  setAnnouncement(t('files.removed', { name: file.fileName }));
                }}
              >
                {t('files.remove')}
                <span className="visually-hidden"> {file.fileName}</span>
              </button>
            </li>
          ))}
          {uploads.tasks.map((task) => (
            <TaskItem
              key={task.key}
              task={task}
              max={max}
              onCancel={uploads.cancel}
              onDismiss={uploads.dismiss}
              describe={(e) => describeError(e, tc, { language, fieldLabel: () => label })}
            />
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

interface TaskItemProps {
  task: UploadTask;
  max: number;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  describe: (error: unknown) => string;
}

function TaskItem({ task, max, onCancel, onDismiss, describe }: TaskItemProps) {
  const { t } = useTranslation('citizen');
  const failed = task.problem !== null || task.error !== null;
  if (failed) {
    const message = task.problem
      ? t(`files.problem.${task.problem}`, { max, name: task.fileName })
      : describe(task.error);
    return (
      <li className="file-item file-item-failed">
        <p role="alert" className="field-error">
          {t('files.failed', { name: task.fileName })} {message}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onDismiss(task.key)}>
          {t('files.dismiss')}
          <span className="visually-hidden"> {task.fileName}</span>
        </button>
      </li>
    );
  }
  return (
    <li className="file-item">
      <span className="file-name">{task.fileName}</span>
      <progress
        className="upload-progress"
        max={100}
        value={task.percent}
        aria-label={t('files.progressLabel', { name: task.fileName })}
      />
      <span className="muted" aria-hidden="true">
        {task.percent}%
      </span>
      <button type="button" className="button button-secondary button-small" onClick={() => onCancel(task.key)}>
        {t('files.cancel')}
        <span className="visually-hidden"> {task.fileName}</span>
      </button>
    </li>
  );
}
