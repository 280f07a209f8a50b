import { useQuery } from '@tanstack/react-query';
import type { PetitionStatus } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { categoryChain } from '../reference/category-path';
import { categoryTreeQuery, regionChoicesQuery } from '../reference/reference-queries';
import { MAX_SEARCH_LENGTH, NO_FILTERS, PETITION_STATUSES, type InboxFilters } from './inbox-filters';

export interface InboxFilterFormProps {
  filters: InboxFilters;
  onApply: (filters: InboxFilters) => void;
}

/**
 * The inbox's filters. Nothing is applied while choosing (a screen reader user hears no list
 * change under them); 筛选 puts the choice into the URL, which the list follows.
 */
export function InboxFilterForm({ filters, onApply }: InboxFilterFormProps) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const change = (part: Partial<InboxFilters>) => setDraft((previous) => ({ ...previous, ...part }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const toggleStatus = (status: PetitionStatus, on: boolean) =>
    change({ status: PETITION_STATUSES.filter((s) => (s === status ? on : draft.status.includes(s))) });

  return (
    <form role="search" className="card inbox-filters" aria-labelledby={`${id}-title`} onSubmit={onSubmit}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('inbox.filters')}
      </h2>
      {/* the search and its buttons on one line: the petitions start on the first screen (issue 10) */}
      <div className="form-line inbox-search-line">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('inbox.search')}</label>
          <p id={`${id}-text-hint`} className="field-hint">
            {t('inbox.searchHint')}
          </p>
          <input
            id={`${id}-text`}
            type="search"
            name="q"
            value={draft.text}
            maxLength={MAX_SEARCH_LENGTH}
            aria-describedby={`${id}-text-hint`}
            onChange={(event) => change({ text: event.target.value })}
          />
        </div>
        <p className="inbox-filter-buttons">
          <button type="submit" className="button button-primary">
            {t('inbox.apply')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => onApply(NO_FILTERS)}>
            {t('inbox.clear')}
          </button>
        </p>
      </div>
      {/* the other choices would push the list a screen down: folded away until used */}
      <details className="inbox-more-filters" open={openAtFirst(filters)}>
        <summary>{t('inbox.moreFilters')}</summary>
        <fieldset className="inbox-statuses">
          <legend>{t('inbox.status')}</legend>
          {PETITION_STATUSES.map((status) => (
            <label key={status} className="checkbox">
              <input
                type="checkbox"
                name="status"
                value={status}
                checked={draft.status.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />{' '}
              {tc(`petitionStatus.${status}`)}
            </label>
          ))}
        </fieldset>
        <div className="inbox-filter-selects">
          <CategorySelects value={draft.category} onChange={(category) => change({ category })} />
          <RegionSelects value={draft.region} onChange={(region) => change({ region })} />
        </div>
      </details>
    </form>
  );
}

/** Open when something in them is chosen. */
const openAtFirst = (filters: InboxFilters): boolean =>
  filters.status.length > 0 || filters.category !== '' || filters.region !== '';

interface Choice {
  value: string;
  label: string;
}

interface SelectProps {
  label: string;
  value: string;
  options: readonly Choice[];
  busy?: boolean;
  onChange: (value: string) => void;
}

function Select({ label, value, options, busy = false, onChange }: SelectProps) {
  const { t } = useTranslation('workbench');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-busy={busy || undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{busy ? t('inbox.loadingOptions') : t('inbox.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const CATEGORY_LEVELS = ['inbox.categoryLevel1', 'inbox.categoryLevel2', 'inbox.categoryLevel3'] as const;

/** 大类 › 中类 › 小类: each level appears once the one above is chosen; any level filters. */
function CategorySelects({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const tree = useQuery(categoryTreeQuery);
  if (tree.isError) return <ErrorMessage error={tree.error} onRetry={() => void tree.refetch()} />;
  const chain = tree.data ? categoryChain(tree.data, value) : [];
  // the first level always (empty while loading), each next one when the one above has children
  const levels = [tree.data ?? [], ...chain.map((node) => node.children ?? []).filter((options) => options.length)];
  return (
    <fieldset className="inbox-filter-group">
      <legend>{t('inbox.category')}</legend>
      {levels.slice(0, CATEGORY_LEVELS.length).map((options, depth) => (
        <Select
          key={depth}
          label={t(CATEGORY_LEVELS[depth]!)}
          value={chain[depth]?.code ?? ''}
          busy={tree.isPending}
          options={options.map((node) => ({ value: node.code, label: language === 'en' ? node.nameEn : node.name }))}
          // choosing "all" at a level keeps the level above
          onChange={(code) => onChange(code || (chain[depth - 1]?.code ?? ''))}
        />
      ))}
    </fieldset>
  );
}

/** 区县 › 街乡镇, from the unit tree's regions; the region filter includes everything under the choice. */
function RegionSelects({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation('workbench');
  const districts = useQuery(regionChoicesQuery(null));
  const district = districts.data?.find((d) => d.code && value.startsWith(d.code));
  const streets = useQuery({ ...regionChoicesQuery(district?.id ?? null), enabled: Boolean(district) });
  const failed = districts.error ?? streets.error;
  if (failed) return <ErrorMessage error={failed} onRetry={() => void districts.refetch()} />;
  const street = streets.data?.find((s) => s.code && value.startsWith(s.code));
  const choices = (regions: typeof districts.data) => (regions ?? []).map((r) => ({ value: r.code!, label: r.name }));
  return (
    <fieldset className="inbox-filter-group">
      <legend>{t('inbox.region')}</legend>
      <Select
        label={t('inbox.district')}
        value={district?.code ?? ''}
        busy={districts.isPending}
        options={choices(districts.data)}
        onChange={onChange}
      />
      {district ? (
        <Select
          label={t('inbox.street')}
          value={street?.code ?? ''}
          busy={streets.isPending}
          options={choices(streets.data)}
          onChange={(code) => onChange(code || district.code!)}
        />
      ) : null}
    </fieldset>
  );
}
