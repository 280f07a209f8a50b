import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { SelectField } from '../components/fields';
import type { RegionChoice } from '../draft/petition-draft';
import { fieldId } from '../petition-form/field-keys';
import { REGION_LEVELS, chooseRegion, parentAt } from './region-path';
import { regionsQuery } from './reference-queries';

export interface RegionPickerProps {
  value: readonly RegionChoice[];
  onChange: (path: RegionChoice[]) => void;
  /** The field's name for ids and problems (default `region`). */
  field?: string;
  legend: string;
  /** Levels that must be chosen (default 1: the district). */
  required?: number;
  /** At most this many levels (default 3: down to the community). */
  depth?: number;
  error?: string | undefined;
  hint?: string;
}

/**
 * Where the matter arose, from the unit tree: district, then street or township, then
 * community or village where the tree has them. Each level loads when the one above is chosen.
 */
export function RegionPicker({
  value,
  onChange,
  field = 'region',
  legend,
  required = 1,
  depth = 3,
  error,
  hint,
}: RegionPickerProps) {
  const levels = REGION_LEVELS.slice(0, depth)
    .map((_, i) => i)
    .filter((i) => parentAt(value, i) !== undefined);
  const target = Math.min(value.length, levels.length - 1);
  return (
    <fieldset className="picker" aria-describedby={hint ? `${fieldId(field)}-legend-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${fieldId(field)}-legend-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {levels.map((i) => (
        <RegionLevel
          key={`${i}:${parentAt(value, i)?.id ?? 'top'}`}
          depth={i}
          parent={parentAt(value, i) ?? null}
          chosen={value[i]}
          optional={i >= required}
          id={i === target ? fieldId(field) : `${fieldId(field)}-level-${i}`}
          error={i === target ? error : undefined}
          onChoose={(region) => onChange(chooseRegion(value, i, region))}
        />
      ))}
    </fieldset>
  );
}

const LEVEL_LABEL = ['region.district', 'region.street', 'region.community'] as const;

interface RegionLevelProps {
  depth: number;
  parent: RegionChoice | null;
  chosen: RegionChoice | undefined;
  optional: boolean;
  id: string;
  error: string | undefined;
  onChoose: (region: RegionChoice | null) => void;
}

function RegionLevel({ depth, parent, chosen, optional, id, error, onChoose }: RegionLevelProps) {
  const { t } = useTranslation('citizen');
  const regions = useQuery(regionsQuery(parent?.id ?? null));
  if (regions.isError) return <ErrorMessage error={regions.error} onRetry={() => void regions.refetch()} />;
  // a street without communities in the tree: nothing more to choose
  if (depth > 0 && regions.data?.length === 0) return null;
  const options = (regions.data ?? []).filter((r) => r.code).map((r) => ({ value: r.id, label: r.name }));
  return (
    <SelectField
      id={id}
      label={t(LEVEL_LABEL[depth]!)}
      optional={optional}
      value={chosen?.id ?? ''}
      placeholder={regions.isPending ? t('form.loadingOptions') : t(optional ? 'form.chooseOptional' : 'form.choose')}
      options={options}
      busy={regions.isPending}
      error={error}
      onChange={(unitId) => {
        const region = regions.data?.find((r) => r.id === unitId);
        onChoose(region?.code ? { id: region.id, code: region.code, name: region.name } : null);
      }}
    />
  );
}
