import { useTranslation } from '@tjxf/i18n';
import { AttachmentsField } from '../../attachments/attachments-field';
import { LIMITS } from '../../draft/petition-draft';
import { fieldId } from '../field-keys';
import type { StepProps } from './step-props';

/** Evidence: pictures, documents, sound and video, up to 5 files of 10 MB. */
export function FilesStep({ draft, update, errorOf, onUploadsBusy }: StepProps) {
  const { t } = useTranslation('citizen');
  return (
    <AttachmentsField
      id={fieldId('attachments')}
      label={t('files.label')}
      hint={t('files.hint', { max: LIMITS.attachmentsMax, size: LIMITS.fileMaxBytes / 1024 / 1024 })}
      files={draft.attachments}
      max={LIMITS.attachmentsMax}
      onAdd={(file) =>
        update((d) => ({
          ...d,
          attachments: [
            ...d.attachments,
            { id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size },
          ],
        }))
      }
      onRemove={(id) => update((d) => ({ ...d, attachments: d.attachments.filter((a) => a.id !== id) }))}
      onBusyChange={onUploadsBusy}
      error={errorOf('attachments')}
    />
  );
}
