import { useTranslation } from '@tjxf/i18n';
import { LIMITS } from '../../draft/petition-draft';
import { TextField } from '../../components/fields';
import { CategoryPicker } from '../../pickers/category-picker';
import { RegionPicker } from '../../pickers/region-picker';
import { fieldId } from '../field-keys';
import type { StepProps } from './step-props';

/** What the matter is about (category) and where it arose (region from the unit tree, address). */
export function PlaceStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation('citizen');
  return (
    <>
      <CategoryPicker
        value={draft.category}
        kind={draft.kind}
        onChange={(category) => update({ category })}
        error={errorOf('category')}
      />
      <RegionPicker
        legend={t('region.legend')}
        hint={t('region.hint')}
        value={draft.region}
        onChange={(region) => update({ region })}
        error={errorOf('region')}
      />
      <TextField
        id={fieldId('address')}
        label={t('place.address')}
        hint={t('place.addressHint')}
        optional
        value={draft.address}
        onChange={(address) => update({ address })}
        autoComplete="street-address"
        max={LIMITS.addressMax}
        error={errorOf('address')}
      />
    </>
  );
}
