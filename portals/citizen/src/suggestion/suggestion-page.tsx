import { useMutation } from '@tanstack/react-query';
import { SubmitPetitionDocument, execute, type SubmitPetitionInput } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Page, useViewer } from '@tjxf/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { TextField } from '../components/fields';
import { ProblemSummary } from '../components/problem-summary';
import { DRAFT_KEYS, draftStore, parseSuggestionDraft } from '../draft/draft-storage';
import { LIMITS, SUGGESTION_CATEGORY, newSuggestionDraft } from '../draft/petition-draft';
import { useDraft } from '../draft/use-draft';
import { fieldId } from '../petition-form/field-keys';
import { problemText, type Problem } from '../petition-form/problems';
import { submitProblem } from '../petition-form/submit-problem';
import { suggestionInput } from '../petition-form/to-input';
import { useFocusAfterRender } from '../petition-form/use-focus-after-render';
import { RegionPicker } from '../pickers/region-picker';
import { phoneLast4, type ReceiptState } from '../receipt/receipt-state';
import { suggestionFieldFromServer, validateSuggestion, type SuggestionField } from './suggestion-fields';

const LABELS: Record<SuggestionField, string> = {
  title: 'suggest.titleLabel',
  content: 'suggest.contentLabel',
  region: 'suggest.district',
  name: 'people.name',
  phone: 'people.phone',
};
const idOf = (field: SuggestionField) => fieldId(`suggest.${field}`);

/**
 * Suggestions to the government (献计献策, R-ON1): a short form of its own, filed as a
 * SUGGESTION under the category 献计献策; the district is optional (Tianjin as a whole).
 */
export function SuggestionPage() {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data);
  const store = useMemo(() => draftStore(DRAFT_KEYS.suggestion, parseSuggestionDraft), []);
  const { draft, update, discard } = useDraft(store, newSuggestionDraft);
  const [problems, setProblems] = useState<Problem<SuggestionField>[]>([]);
  const focus = useFocusAfterRender();
  const submit = useMutation({
    mutationFn: (input: SubmitPetitionInput) => execute(SubmitPetitionDocument, { input }),
  });

  useEffect(() => {
    if (viewer.data && !draft.name) update({ name: viewer.data.displayName });
    // once the viewer is known; the citizen's own edits stand after that
  }, [viewer.data?.id]);

  const errorOf = (field: SuggestionField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(problem, t, language) : undefined;
  };
  const show = (found: Problem<SuggestionField>[]) => {
    setProblems(found);
    if (found[0]) focus(idOf(found[0].field));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateSuggestion(draft, signedIn);
    if (found.length) return show(found);
    setProblems([]);
    submit.mutate(suggestionInput(draft), {
      onSuccess: (data) => {
        const receipt: ReceiptState = {
          result: data.submitPetition,
          kind: 'SUGGESTION',
          categoryCode: SUGGESTION_CATEGORY,
          regionName: draft.district?.name ?? '',
          title: draft.title,
          content: draft.content,
          phoneLast4: phoneLast4(draft.phone),
          submittedAt: new Date().toISOString(),
          suggestion: true,
        };
        discard();
        void navigate('/receipt', { state: receipt, replace: true });
      },
      onError: (error) => {
        const problem = submitProblem(error, suggestionFieldFromServer);
        if (problem) {
          submit.reset();
          show([problem]);
        } else focus('suggest-submit-error');
      },
    });
  };

  return (
    <Page title={t('suggest.title')}>
      <p>{t('suggest.intro')}</p>
      <form className="petition-form" noValidate onSubmit={onSubmit}>
        <ProblemSummary problems={problems} label={(f) => t(LABELS[f] as never) as string} idOf={idOf} />
        <TextField
          id={idOf('title')}
          label={t('suggest.titleLabel')}
          value={draft.title}
          onChange={(title) => update({ title })}
          max={LIMITS.titleMax}
          error={errorOf('title')}
        />
        <TextField
          id={idOf('content')}
          label={t('suggest.contentLabel')}
          hint={t('suggest.contentHint')}
          value={draft.content}
          onChange={(content) => update({ content })}
          max={LIMITS.contentMax}
          multiline
          error={errorOf('content')}
        />
        <RegionPicker
          field="suggest.region"
          legend={t('suggest.district')}
          hint={t('suggest.districtHint')}
          value={draft.district ? [draft.district] : []}
          onChange={(path) => update({ district: path[0] ?? null })}
          required={0}
          depth={1}
          error={errorOf('region')}
        />
        <fieldset className="card person">
          <legend>{t('suggest.you')}</legend>
          <TextField
            id={idOf('name')}
            label={t('people.name')}
            value={draft.name}
            onChange={(name) => update({ name })}
            autoComplete="name"
            error={errorOf('name')}
          />
          <TextField
            id={idOf('phone')}
            label={t('people.phone')}
            hint={t('people.phoneHint')}
            optional={signedIn}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={draft.phone}
            onChange={(phone) => update({ phone })}
            error={errorOf('phone')}
          />
        </fieldset>
        {submit.isError ? (
          <div id="suggest-submit-error" tabIndex={-1}>
            <ErrorMessage error={submit.error}>
              <p>{t('file.retryHint')}</p>
            </ErrorMessage>
          </div>
        ) : null}
        <div className="button-row form-actions">
          <button type="submit" className="button button-primary" disabled={submit.isPending}>
            {submit.isPending ? t('form.sending') : t('suggest.send')}
          </button>
        </div>
      </form>
    </Page>
  );
}
