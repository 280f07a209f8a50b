import { useTranslation } from '@tjxf/i18n';
import { Checkbox, TextField } from '../../components/fields';
import { LIMITS } from '../../draft/petition-draft';
import { RespondentPicker } from '../../pickers/respondent-picker';
import { fieldId } from '../field-keys';
import type { StepProps } from './step-props';

/** The request, facts and reasons (R-P1), the unit concerned, and confidentiality (R-P12). */
export function ContentStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation('citizen');
  return (
    <>
      <TextField
        id={fieldId('title')}
        label={t('content.title')}
        hint={t('content.titleHint')}
        value={draft.title}
        onChange={(title) => update({ title })}
        max={LIMITS.titleMax}
        error={errorOf('title')}
      />
      <TextField
        id={fieldId('content')}
        label={t('content.content')}
        hint={t('content.contentHint')}
        value={draft.content}
        onChange={(content) => update({ content })}
        max={LIMITS.contentMax}
        multiline
        error={errorOf('content')}
      />
      <RespondentPicker
        areaId={draft.respondentAreaId}
        unit={draft.respondentUnit}
        onChange={(respondentAreaId, respondentUnit) => update({ respondentAreaId, respondentUnit })}
        error={errorOf('respondent')}
      />
      <Checkbox
        id={fieldId('confidential')}
        label={t('content.confidential')}
        help={t('content.confidentialHelp')}
        checked={draft.confidential}
        onChange={(confidential) => update({ confidential })}
      />
    </>
  );
}
