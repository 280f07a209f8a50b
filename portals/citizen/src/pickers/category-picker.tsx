import { useQuery } from '@tanstack/react-query';
import type { PetitionKind } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading } from '@tjxf/ui';
import { SelectField } from '../components/fields';
import { fieldId } from '../petition-form/field-keys';
import { categoryLevels, categoryName, chooseCategory, redirectChannel } from './category-tree';
import { categoriesQuery } from './reference-queries';

const LEVEL_LABEL = { 1: 'category.level1', 2: 'category.level2', 3: 'category.level3' } as const;

export interface CategoryPickerProps {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  kind: PetitionKind | '';
  error?: string | undefined;
}

/**
 * Three selects, each filled once the one above is chosen (大类 › 中类 › 小类). Hot issues
 * are marked (R-HOT); a category whose matters belong to the courts, arbitration or another
 * channel says so before the petitioner sends it (R-P2).
 */
export function CategoryPicker({ value, onChange, kind, error }: CategoryPickerProps) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const tree = useQuery(categoriesQuery);
  if (tree.isPending) return <Loading label={t('category.loading')} />;
  if (tree.isError) return <ErrorMessage error={tree.error} onRetry={() => void tree.refetch()} />;

  const levels = categoryLevels(tree.data, value);
  // the problem is shown, and focus goes, on the first level still to choose
  const target = levels.find((l) => !l.value) ?? levels.at(-1)!;
  const leaf = levels.at(-1)?.options.find((o) => o.code === levels.at(-1)?.value);
  const channel = levels.length === 3 && leaf ? redirectChannel(leaf, kind) : null;
  return (
    <fieldset className="picker">
      <legend>{t('category.legend')}</legend>
      {levels.map((level) => (
        <SelectField
          key={level.level}
          id={level === target ? fieldId('category') : `${fieldId('category')}-level-${level.level}`}
          label={t(LEVEL_LABEL[level.level as 1 | 2 | 3] ?? 'category.level3')}
          value={level.value}
          onChange={(code) => onChange(chooseCategory(value, level.level, code))}
          placeholder={t('form.choose')}
          options={level.options.map((o) => ({
            value: o.code,
            label: o.hot ? t('category.hot', { name: categoryName(o, language) }) : categoryName(o, language),
          }))}
          error={level === target ? error : undefined}
        />
      ))}
      {channel ? (
        <div className="alert alert-info" role="note">
          <p>{t('category.redirectHint', { channel: tc(`legalChannel.${channel}`) })}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
