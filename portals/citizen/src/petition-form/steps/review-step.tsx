import { useQuery } from '@tanstack/react-query';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatFileSize } from '@tjxf/ui';
import { useId, type ReactNode } from 'react';
import { Fact } from '../../components/fact';
import type { StepId } from '../../draft/petition-draft';
import { categoryLabel } from '../../pickers/category-tree';
import { categoriesQuery } from '../../pickers/reference-queries';
import { regionLabel } from '../../pickers/region-path';
import type { StepProps } from './step-props';

/** Everything once more before sending, each part with a way back to change it. */
export function ReviewStep({ draft, goTo }: StepProps) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const categories = useQuery(categoriesQuery);
  const code = draft.category.at(-1) ?? '';
  const none = t('review.none');
  return (
    <>
      <p>{t('review.intro')}</p>
      <ReviewSection step="kind" title={t('steps.kind')} goTo={goTo}>
        <Fact label={t('kind.legend')}>{draft.kind ? tc(`petitionKind.${draft.kind}`) : none}</Fact>
      </ReviewSection>
      <ReviewSection step="place" title={t('steps.place')} goTo={goTo}>
        <Fact label={t('category.legend')}>
          {categories.data ? categoryLabel(categories.data, code, language) : code}
        </Fact>
        <Fact label={t('region.legend')}>{regionLabel(draft.region) || none}</Fact>
        <Fact label={t('place.address')}>{draft.address.trim() || none}</Fact>
      </ReviewSection>
      <ReviewSection step="content" title={t('steps.content')} goTo={goTo}>
        <Fact label={t('content.title')}>{draft.title}</Fact>
        <Fact label={t('content.content')}>
          <span className="user-text">{draft.content}</span>
        </Fact>
        <Fact label={t('respondent.legend')}>{draft.respondentUnit?.name ?? none}</Fact>
        <Fact label={t('content.confidential')}>{draft.confidential ? t('review.yes') : t('review.no')}</Fact>
      </ReviewSection>
      <ReviewSection step="people" title={t('steps.people')} goTo={goTo}>
        {draft.petitioners.map((p, i) => (
          <Fact key={i} label={t('people.person', { n: i + 1 })}>
            {[p.name, p.phone, p.idNumber, p.address]
              .map((v) => v.trim())
              .filter(Boolean)
              .join(' · ')}
          </Fact>
        ))}
        {draft.collective ? <Fact label={t('people.peopleInvolved')}>{draft.peopleInvolved}</Fact> : null}
        {draft.withAgent ? (
          <Fact label={t('agent.legend')}>
            {[draft.agent.name, draft.agent.phone, draft.agent.relationship, draft.agent.powerOfAttorney?.fileName]
              .map((v) => v?.trim())
              .filter(Boolean)
              .join(' · ')}
          </Fact>
        ) : null}
      </ReviewSection>
      <ReviewSection step="files" title={t('steps.files')} goTo={goTo}>
        <Fact label={t('files.label')}>
          {draft.attachments.length ? (
            <ul className="plain-list">
              {draft.attachments.map((a) => (
                <li key={a.id}>
                  {a.fileName} <span className="muted">{formatFileSize(a.size, language)}</span>
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Fact>
      </ReviewSection>
    </>
  );
}

function ReviewSection({
  step,
  title,
  goTo,
  children,
}: {
  step: StepId;
  title: string;
  goTo: (step: StepId) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('citizen');
  const heading = useId();
  return (
    <section className="card review-section" aria-labelledby={heading}>
      <div className="review-heading">
        <h3 id={heading}>{title}</h3>
        <button type="button" className="button button-secondary button-small" onClick={() => goTo(step)}>
          {t('review.change')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <dl className="facts">{children}</dl>
    </section>
  );
}
