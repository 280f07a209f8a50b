import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { SelectField } from '../components/fields';
import { fieldId } from '../petition-form/field-keys';
import { regionsQuery, unitsUnderQuery } from './reference-queries';

export interface RespondentPickerProps {
  areaId: string;
  unit: { id: string; name: string } | null;
  onChange: (areaId: string, unit: { id: string; name: string } | null) => void;
  error?: string | undefined;
}

/**
 * The unit complained about or reported on (optional): first the city or a district, then
 * one of its units (people's government, departments, petition office).
 */
export function RespondentPicker({ areaId, unit, onChange, error }: RespondentPickerProps) {
  const { t } = useTranslation('citizen');
  const top = useQuery(unitsUnderQuery(null));
  const districts = useQuery(regionsQuery(null));
  const units = useQuery({ ...unitsUnderQuery(areaId || null), enabled: areaId !== '' });
  const failed = top.error ?? districts.error ?? units.error;
  if (failed) {
    const retry = () => void Promise.all([top.refetch(), districts.refetch(), areaId ? units.refetch() : null]);
    return <ErrorMessage error={failed} onRetry={retry} />;
  }
  const city = top.data?.find((u) => u.level === 'CITY' && u.kind === 'REGION');
  const areas = [
    ...(city ? [{ value: city.id, label: t('respondent.cityLevel', { name: city.name }) }] : []),
    ...(districts.data ?? []).map((d) => ({ value: d.id, label: d.name })),
  ];
  // the problem, and the focus, go to the last select shown
  const onUnit = areaId !== '';
  const choices = (units.data ?? []).filter((u) => u.kind !== 'REGION').map((u) => ({ value: u.id, label: u.name }));
  return (
    <fieldset className="picker">
      <legend>
        {t('respondent.legend')}
        <span className="optional">{t('form.optional')}</span>
      </legend>
      <p className="field-hint">{t('respondent.hint')}</p>
      <SelectField
        id={onUnit ? `${fieldId('respondent')}-area` : fieldId('respondent')}
        label={t('respondent.area')}
        optional
        value={areaId}
        placeholder={t('form.chooseOptional')}
        options={areas}
        busy={top.isPending || districts.isPending}
        error={onUnit ? undefined : error}
        onChange={(next) => onChange(next, null)}
      />
      {onUnit ? (
        <SelectField
          id={fieldId('respondent')}
          label={t('respondent.unit')}
          optional
          value={unit?.id ?? ''}
          placeholder={units.isPending ? t('form.loadingOptions') : t('form.chooseOptional')}
          options={choices}
          busy={units.isPending}
          error={error}
          onChange={(id) => {
            const found = units.data?.find((u) => u.id === id);
            onChange(areaId, found ? { id: found.id, name: found.name } : null);
          }}
        />
      ) : null}
    </fieldset>
  );
}
