import { useMutation } from '@tanstack/react-query';
import {
  EvaluatePetitionDocument,
  execute,
  type DocumentFieldsFragment,
  type EvaluateInput,
  type EvaluationFieldsFragment,
  type EvaluationTarget,
  type Rating,
} from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, formatDate } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { TextField } from '../components/fields';
import { serverProblem } from './server-problem';

const TARGETS: readonly EvaluationTarget[] = ['PETITION_OFFICE', 'RESPONSIBLE_UNIT'];
const RATINGS: readonly Rating[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'];
// the documents after which the petitioner is asked to rate (R-P13)
const ANSWERS = new Set(['REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION']);

/** Who the petitioner is: signed in (the petition's id) or by tracking code and phone. */
export type Evaluator = { petitionId: string } | { trackingCode: string; phoneLast4: string };

export interface EvaluationSectionProps {
  documents: readonly DocumentFieldsFragment[];
  evaluations: readonly EvaluationFieldsFragment[];
  evaluator: Evaluator;
  headingLevel: 2 | 3;
  /** After the ratings were stored: read the petition again. */
  onRated: () => unknown;
}

/**
 * 满意度评价 (R-P13): once there is a reply, the petitioner rates the petition office and the
 * responsible unit separately, each once, three levels, with an optional comment. The
 * ratings given are shown; the form asks only for those still missing.
 */
export function EvaluationSection({
  documents,
  evaluations,
  evaluator,
  headingLevel,
  onRated,
}: EvaluationSectionProps) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const Heading = `h${headingLevel}` as const;
  const missing = TARGETS.filter((target) => !evaluations.some((e) => e.target === target));
  const [ratings, setRatings] = useState<Partial<Record<EvaluationTarget, Rating>>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const rate = useMutation({
    mutationFn: async (chosen: [EvaluationTarget, Rating][]) => {
      // one rating per target; each is stored on its own, so a retry sends only what is missing
      for (const [target, rating] of chosen) {
        const input: EvaluateInput = { ...evaluator, target, rating, comment: comment.trim() || null };
        await execute(EvaluatePetitionDocument, { input });
      }
    },
    onSettled: () => onRated(),
  });
  if (!documents.some((doc) => ANSWERS.has(doc.kind))) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = missing.flatMap((target) =>
      ratings[target] ? [[target, ratings[target]] as [EvaluationTarget, Rating]] : [],
    );
    if (chosen.length === 0) {
      setProblem(t('answer.chooseRating'));
      document.getElementById(`rate-${missing[0]}`)?.focus();
      return;
    }
    setProblem(null);
    rate.mutate(chosen);
  };

  return (
    <section className="card" aria-labelledby="evaluation-heading" data-testid="evaluation">
      <Heading id="evaluation-heading">{t('answer.evaluation')}</Heading>
      {evaluations.length > 0 ? (
        <dl className="facts" data-testid="evaluations-given">
          {evaluations.map((e) => (
            <div key={e.id}>
              <dt>{tc(`evaluationTarget.${e.target}`)}</dt>
              <dd>
                {tc(`rating.${e.rating}`)}{' '}
                <span className="muted">{t('answer.ratedOn', { date: formatDate(e.at, language) })}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {missing.length === 0 ? (
        <p role="status">{t('answer.thanks')}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <p>{t('answer.evaluationIntro')}</p>
          {rate.isError && !serverProblem(rate.error, 'comment', language) ? <ErrorMessage error={rate.error} /> : null}
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          {missing.map((target) => (
            <fieldset key={target} className="choices">
              <legend>{t(`answer.rateTarget.${target}`)}</legend>
              <p className="field-hint">{t(`answer.targetHelp.${target}`)}</p>
              {RATINGS.map((rating, i) => (
                <label key={rating} className="choice">
                  <input
                    type="radio"
                    name={`rate-${target}`}
                    {...(i === 0 ? { id: `rate-${target}` } : {})}
                    value={rating}
                    checked={ratings[target] === rating}
                    onChange={() => setRatings((all) => ({ ...all, [target]: rating }))}
                  />
                  <span className="choice-label">{tc(`rating.${rating}`)}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <TextField
            id="rate-comment"
            label={t('answer.comment')}
            optional
            multiline
            max={500}
            value={comment}
            onChange={setComment}
            error={serverProblem(rate.error, 'comment', language)}
          />
          <div>
            <button type="submit" className="button button-primary" disabled={rate.isPending}>
              {rate.isPending ? t('answer.sending') : t('answer.submitRating')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
