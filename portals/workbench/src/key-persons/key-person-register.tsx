import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AddKeyPersonDocument,
  KeyPersonsDocument,
  RemoveKeyPersonDocument,
  execute,
  type KeyPersonsQuery,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, formatDate } from '@tjxf/ui';
import { useState } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { StepForm } from '../procedure/step-form';
import { useKeyPersonsMessages } from './use-key-persons-messages';

type Mark = KeyPersonsQuery['keyPersons']['edges'][number]['node'];

const keyPersonsQuery = queryOptions({
  queryKey: ['keyPersons'],
  queryFn: ({ signal }) => execute(KeyPersonsDocument, { first: 100 }, { signal }).then((d) => d.keyPersons),
  staleTime: 0,
});

/** The area's standing marks, the review due first; each listing is logged on the server. */
export function KeyPersonList() {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const marks = useQuery(keyPersonsQuery);
  return (
    <section className="card" aria-labelledby="key-person-list">
      <h2 id="key-person-list">{t('keyPersons.list')}</h2>
      <p className="muted">{t('keyPersons.listLogged')}</p>
      {marks.isPending ? <Loading /> : null}
      {marks.isError ? <ErrorMessage error={marks.error} onRetry={() => void marks.refetch()} /> : null}
      {marks.data && marks.data.edges.length === 0 ? <p>{t('keyPersons.none')}</p> : null}
      {marks.data?.edges.length ? (
        <table className="key-person-table" data-testid="key-person-list">
          <thead>
            <tr>
              <th scope="col">{t('keyPersons.name')}</th>
              <th scope="col">{t('keyPersons.contact')}</th>
              <th scope="col">{t('keyPersons.basis')}</th>
              <th scope="col">{t('keyPersons.reviewOn')}</th>
              <th scope="col">{t('keyPersons.office')}</th>
            </tr>
          </thead>
          <tbody>
            {marks.data.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{node.name}</th>
                <td>{[node.phoneMasked, node.idNumberMasked].filter(Boolean).join(' · ')}</td>
                <td className="user-text">
                  {node.basis}
                  <RemoveKeyPerson mark={node} />
                </td>
                <td>{node.reviewOn ? formatDate(`${node.reviewOn}T12:00:00+08:00`, language) : null}</td>
                <td>{node.unit?.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** 取消标记: with the reason (at least 10 characters); the mark stays on record, removed. */
function RemoveKeyPerson({ mark }: { mark: Mark }) {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => execute(RemoveKeyPersonDocument, { id: mark.id, reason: reason.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['keyPersons'] }),
  });
  const id = `remove-${mark.id}`;
  return (
    <details className="step" data-testid="remove-key-person">
      <summary>{t('keyPersons.remove', { name: mark.name })}</summary>
      <StepForm
        id={id}
        submitLabel={t('keyPersons.removeSubmit')}
        pending={mutation.isPending}
        error={mutation.error}
        fields={['reason']}
        onSubmit={() => mutation.mutate()}
      >
        <Field
          id={`${id}-reason`}
          label={t('keyPersons.removalReason')}
          hint={t('keyPersons.removalHint')}
          problem={fieldProblem(mutation.error, 'reason', language)}
        >
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </StepForm>
    </details>
  );
}

const EMPTY = { name: '', phone: '', idNumber: '', basis: '', reviewOn: '' };
type AddField = keyof typeof EMPTY;
const FIELDS: readonly AddField[] = ['name', 'phone', 'idNumber', 'basis', 'reviewOn'];

/** 标记重点人员: name, phone or ID number, the basis stated, and the date to review the mark. */
export function AddKeyPersonForm() {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      execute(AddKeyPersonDocument, {
        input: {
          name: draft.name.trim(),
          phone: draft.phone.trim() || null,
          idNumber: draft.idNumber.trim() || null,
          basis: draft.basis.trim(),
          reviewOn: draft.reviewOn,
        },
      }),
    onSuccess: async () => {
      setDraft(EMPTY);
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: ['keyPersons'] });
    },
    onError: () => setDone(false),
  });
  const id = 'add-key-person';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keyPersons.add')}</h2>
      <div role="status" aria-live="polite">
        {done ? <p className="alert alert-success">{t('keyPersons.added')}</p> : null}
      </div>
      <StepForm
        id={id}
        submitLabel={t('keyPersons.addSubmit')}
        pending={mutation.isPending}
        error={mutation.error}
        fields={FIELDS}
        onSubmit={() => mutation.mutate()}
      >
        {FIELDS.map((name) => (
          <Field
            key={name}
            id={`${id}-${name}`}
            label={t(`keyPersons.${name}`)}
            hint={t(`keyPersons.${name}Hint`)}
            optional={name === 'phone' || name === 'idNumber'}
            problem={fieldProblem(mutation.error, name, language)}
          >
            {(control) =>
              name === 'basis' ? (
                <textarea
                  {...control}
                  rows={3}
                  value={draft.basis}
                  onChange={(e) => setDraft((d) => ({ ...d, basis: e.target.value }))}
                />
              ) : (
                <input
                  {...control}
                  type={name === 'reviewOn' ? 'date' : 'text'}
                  className={name === 'reviewOn' ? 'input-short' : undefined}
                  value={draft[name]}
                  onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
                />
              )
            }
          </Field>
        ))}
      </StepForm>
    </section>
  );
}
