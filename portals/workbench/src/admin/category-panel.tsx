import {
  AdminAddCategoryDocument,
  AdminRenameCategoryDocument,
  AdminRetireCategoryDocument,
  AdminSetCategoryHotDocument,
  execute,
  type AdminCategoryFieldsFragment,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem, isFieldProblem } from '../procedure/step-errors';
import { useCategoryChange } from './admin-reference-queries';
import { useAdminConsoleMessages } from './use-admin-console-messages';

const LEVELS = 3;

/** What can be done to the chosen category: rename, mark as hot, retire, add a category under it. */
export function CategoryPanel({
  category,
  onAdded,
}: {
  category: AdminCategoryFieldsFragment | null;
  onAdded: (code: string) => void;
}) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const id = useId();
  const [notice, setNotice] = useState('');
  const hot = useCategoryChange((v: { code: string; hot: boolean }) => execute(AdminSetCategoryHotDocument, v));
  const retire = useCategoryChange((v: { code: string }) => execute(AdminRetireCategoryDocument, v));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {category
          ? t('admin.categories.chosen', { code: category.code, name: category.name })
          : t('admin.categories.top')}
      </h2>
      <p role="status">{notice}</p>
      {category ? (
        <>
          <RenameForm key={`rename-${category.code}`} category={category} onDone={setNotice} />
          <p className="button-row">
            <button
              type="button"
              className="button button-secondary"
              disabled={hot.isPending}
              onClick={() =>
                hot.mutate(
                  { code: category.code, hot: !category.hot },
                  {
                    onSuccess: () =>
                      setNotice(
                        t(category.hot ? 'admin.categories.unmarked' : 'admin.categories.marked', {
                          name: category.name,
                        }),
                      ),
                  },
                )
              }
            >
              {category.hot ? t('admin.categories.unmarkHot') : t('admin.categories.markHot')}
            </button>
            {category.retired ? null : (
              <button
                type="button"
                className="button button-secondary"
                disabled={retire.isPending}
                onClick={() =>
                  retire.mutate(
                    { code: category.code },
                    { onSuccess: () => setNotice(t('admin.categories.retiredNotice', { name: category.name })) },
                  )
                }
              >
                {t('admin.categories.retire')}
              </button>
            )}
          </p>
          {hot.error ? <ErrorMessage error={hot.error} /> : null}
          {retire.error ? <ErrorMessage error={retire.error} /> : null}
        </>
      ) : null}
      {!category || (!category.retired && category.level < LEVELS) ? (
        <AddForm
          key={`add-${category?.code ?? ''}`}
          parentCode={category?.code ?? null}
          onAdded={(code, name) => {
            setNotice(t('admin.categories.added', { code, name }));
            onAdded(code);
          }}
        />
      ) : null}
    </section>
  );
}

function RenameForm({ category, onDone }: { category: AdminCategoryFieldsFragment; onDone: (notice: string) => void }) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState({ name: category.name, nameEn: category.nameEn });
  const rename = useCategoryChange((v: { code: string; name: string; nameEn: string }) =>
    execute(AdminRenameCategoryDocument, v),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate(
      { code: category.code, ...draft },
      { onSuccess: ({ renameCategory }) => onDone(t('admin.categories.renamed', { name: renameCategory.name })) },
    );
  };
  return (
    <form className="admin-form" noValidate onSubmit={onSubmit} aria-label={t('admin.categories.rename')}>
      {rename.error && !isFieldProblem(rename.error, ['name', 'nameEn']) ? <ErrorMessage error={rename.error} /> : null}
      <div className="form-line">
        <NameFields
          id={id}
          draft={draft}
          onChange={setDraft}
          problem={(f) => fieldProblem(rename.error, f, language)}
        />
      </div>
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={rename.isPending}>
          {t('admin.categories.rename')}
        </button>
      </p>
    </form>
  );
}

function AddForm({
  parentCode,
  onAdded,
}: {
  parentCode: string | null;
  onAdded: (code: string, name: string) => void;
}) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState({ name: '', nameEn: '' });
  const [hot, setHot] = useState(false);
  const add = useCategoryChange((v: { parentCode: string | null; name: string; nameEn: string; hot: boolean }) =>
    execute(AdminAddCategoryDocument, { input: v }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { parentCode, ...draft, hot },
      { onSuccess: ({ addCategory }) => onAdded(addCategory.code, addCategory.name) },
    );
  };
  const fields = ['name', 'nameEn', 'parentCode'];
  return (
    <form
      className="admin-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(parentCode ? 'admin.categories.addUnder' : 'admin.categories.addTop')}
    >
      <h3>{t(parentCode ? 'admin.categories.addUnder' : 'admin.categories.addTop')}</h3>
      {add.error && !isFieldProblem(add.error, fields.slice(0, 2)) ? <ErrorMessage error={add.error} /> : null}
      <div className="form-line">
        <NameFields
          id={`${id}-new`}
          draft={draft}
          onChange={setDraft}
          problem={(f) => fieldProblem(add.error, f, language)}
        />
      </div>
      <p>
        <label>
          <input type="checkbox" checked={hot} onChange={(e) => setHot(e.target.checked)} />{' '}
          {t('admin.categories.hotTopic')}
        </label>
      </p>
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('admin.categories.add')}
        </button>
      </p>
    </form>
  );
}

function NameFields({
  id,
  draft,
  onChange,
  problem,
}: {
  id: string;
  draft: { name: string; nameEn: string };
  onChange: (draft: { name: string; nameEn: string }) => void;
  problem: (field: 'name' | 'nameEn') => string | undefined;
}) {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  return (
    <>
      <Field id={`${id}-name`} label={t('admin.categories.name')} problem={problem('name')}>
        {(control) => (
          <input {...control} value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
        )}
      </Field>
      <Field id={`${id}-name-en`} label={t('admin.categories.nameEn')} problem={problem('nameEn')}>
        {(control) => (
          <input
            {...control}
            lang="en"
            value={draft.nameEn}
            onChange={(e) => onChange({ ...draft, nameEn: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
