import { useMutation } from '@tanstack/react-query';
import { SubmitPetitionDocument, execute, type SubmitPetitionInput } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Page, useViewer } from '@tjxf/ui';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProblemSummary } from '../components/problem-summary';
import { DRAFT_KEYS, draftStore, parsePetitionDraft } from '../draft/draft-storage';
import { STEPS, newPetitionDraft, type StepId } from '../draft/petition-draft';
import { useDraft } from '../draft/use-draft';
import { phoneLast4, type ReceiptState } from '../receipt/receipt-state';
import { regionLabel } from '../pickers/region-path';
import { fieldFromServer, fieldId, stepOf, type FieldKey } from './field-keys';
import { fieldLabel } from './field-labels';
import { problemText, type Problem } from './problems';
import { StepIndicator } from './step-indicator';
import { ContentStep } from './steps/content-step';
import { FilesStep } from './steps/files-step';
import { KindStep } from './steps/kind-step';
import { PeopleStep } from './steps/people-step';
import { PlaceStep } from './steps/place-step';
import { ReviewStep } from './steps/review-step';
import type { StepProps } from './steps/step-props';
import { submitProblem } from './submit-problem';
import { petitionInput } from './to-input';
import { useFocusAfterRender } from './use-focus-after-render';
import { validateStep } from './validation';
import './petition-form.css';

const STEP_COMPONENTS: Record<StepId, (props: StepProps) => React.ReactNode> = {
  kind: KindStep,
  place: PlaceStep,
  content: ContentStep,
  people: PeopleStep,
  files: FilesStep,
  review: ReviewStep,
};
const HEADING_ID = 'petition-step-heading';

/**
 * Filing a petition online (R-ON1, R-P1), signed in or not, step by step: kind, category and
 * place, content, petitioners, files, review. The draft survives a reload (sessionStorage);
 * its idempotency key makes a retry or a double click file once; a refusal the server names
 * is shown on its field, in the current language, and focused.
 */
export function FilePetitionPage() {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data);
  const store = useMemo(() => draftStore(DRAFT_KEYS.petition, parsePetitionDraft), []);
  const { draft, update, discard } = useDraft(store, newPetitionDraft);
  const [problems, setProblems] = useState<Problem<FieldKey>[]>([]);
  const [uploadsBusy, setUploadsBusy] = useState(false);
  const focus = useFocusAfterRender();
  const submit = useMutation({
    mutationFn: (input: SubmitPetitionInput) => execute(SubmitPetitionDocument, { input }),
  });

  const index = STEPS.indexOf(draft.step);
  const errorOf = useCallback(
    (field: FieldKey) => {
      const problem = problems.find((p) => p.field === field);
      return problem ? problemText(problem, t, language) : undefined;
    },
    [problems, t, language],
  );

  const show = (found: Problem<FieldKey>[]) => {
    setProblems(found);
    const first = found[0];
    if (!first) return;
    if (stepOf(first.field) !== draft.step) update({ step: stepOf(first.field) });
    focus(fieldId(first.field));
  };
  const goTo = (step: StepId) => {
    setProblems([]);
    submit.reset();
    update({ step });
    focus(HEADING_ID);
  };

  const send = () => {
    const all = validateStep('review', draft, { signedIn });
    if (all.length) return show(all.filter((p) => stepOf(p.field) === stepOf(all[0]!.field)));
    submit.mutate(petitionInput(draft), {
      onSuccess: (data) => {
        const receipt: ReceiptState = {
          result: data.submitPetition,
          kind: draft.kind || 'COMPLAINT',
          categoryCode: draft.category.at(-1) ?? '',
          regionName: regionLabel(draft.region),
          title: draft.title,
          content: draft.content,
          phoneLast4: phoneLast4(draft.petitioners[0]?.phone ?? ''),
          submittedAt: new Date().toISOString(),
          suggestion: false,
        };
        discard();
        void navigate('/receipt', { state: receipt, replace: true });
      },
      onError: (error) => {
        const problem = submitProblem(error, fieldFromServer);
        if (problem) {
          submit.reset();
          show([problem]);
        } else focus('petition-submit-error');
      },
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.step === 'review') return send();
    const found = validateStep(draft.step, draft, { signedIn });
    if (uploadsBusy && (draft.step === 'files' || draft.step === 'people'))
      found.push({
        field: draft.step === 'files' ? 'attachments' : 'agent.powerOfAttorney',
        message: { key: 'problems.uploadsPending' },
      });
    if (found.length) return show(found);
    goTo(STEPS[index + 1]!);
  };

  const StepBody = STEP_COMPONENTS[draft.step];
  return (
    <Page title={t('file.title')}>
      <p>{t('file.intro')}</p>
      <StepIndicator current={draft.step} />
      <form className="petition-form" noValidate onSubmit={onSubmit} aria-labelledby={HEADING_ID}>
        <h2 id={HEADING_ID} tabIndex={-1} className="step-heading">
          <span className="step-count">{t('steps.count', { n: index + 1, total: STEPS.length })}</span>{' '}
          {t(`steps.${draft.step}`)}
        </h2>
        <ProblemSummary problems={problems} label={(f) => fieldLabel(f, t)} idOf={fieldId} />
        <StepBody
          draft={draft}
          update={update}
          errorOf={errorOf}
          signedIn={signedIn}
          goTo={goTo}
          onUploadsBusy={setUploadsBusy}
        />
        {draft.step === 'review' && submit.isError ? (
          <div id="petition-submit-error" tabIndex={-1}>
            <ErrorMessage error={submit.error}>
              <p>{t('file.retryHint')}</p>
            </ErrorMessage>
          </div>
        ) : null}
        <div className="button-row form-actions">
          {index > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => goTo(STEPS[index - 1]!)}>
              {t('form.back')}
            </button>
          ) : null}
          <button type="submit" className="button button-primary" disabled={submit.isPending}>
            {draft.step === 'review' ? (submit.isPending ? t('form.sending') : t('form.send')) : t('form.next')}
          </button>
        </div>
      </form>
      <p className="no-print discard-draft">
        <button
          type="button"
          className="button-link"
          onClick={() => {
            if (window.confirm(t('file.discardConfirm'))) {
              discard();
              setProblems([]);
              focus(HEADING_ID);
            }
          }}
        >
          {t('file.discard')}
        </button>
      </p>
    </Page>
  );
}
