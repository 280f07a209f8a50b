import { useInfiniteQuery } from '@tanstack/react-query';
import type { MyPetitionNode } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, LoadMoreButton, Loading, Page, formatDateTime } from '@tjxf/ui';
import { Link } from 'react-router';
import { LinkPetitionSection } from '../account/link-petition-section';
import { DeadlineText, currentDeadline } from '../components/deadline';
import { myPetitionsQuery } from './my-petitions-queries';
import './my-petitions.css';

/** "我的信访": the signed-in citizen's petitions, newest first, each with where it stands. */
export function MyPetitionsPage() {
  const { t } = useTranslation('citizen');
  const petitions = useInfiniteQuery(myPetitionsQuery);
  return (
    <Page title={t('my.title')}>
      {petitions.isPending ? <Loading /> : null}
      {petitions.isError ? <ErrorMessage error={petitions.error} onRetry={() => void petitions.refetch()} /> : null}
      {petitions.data ? (
        <>
          <p role="status">{t('my.count', { count: petitions.data.pages[0]?.totalCount ?? 0 })}</p>
          {petitions.data.pages[0]?.totalCount === 0 ? (
            <p>
              {t('my.empty')} <Link to="/file">{t('home.file.link')}</Link>
            </p>
          ) : (
            <ul className="petition-list" data-testid="my-petitions">
              {petitions.data.pages
                .flatMap((page) => page.edges)
                .map(({ node }) => (
                  <PetitionItem key={node.id} petition={node} />
                ))}
            </ul>
          )}
          {petitions.hasNextPage ? (
            <LoadMoreButton
              pending={petitions.isFetchingNextPage}
              label={t('my.more')}
              pendingLabel={t('my.loadingMore')}
              onLoad={() => void petitions.fetchNextPage()}
            />
          ) : null}
        </>
      ) : null}
      <LinkPetitionSection />
    </Page>
  );
}

function PetitionItem({ petition }: { petition: MyPetitionNode }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const deadline = currentDeadline(petition.deadlines);
  return (
    <li className="card petition-item">
      <h2 className="petition-item-title">
        <Link to={`/my/${petition.id}`}>{petition.title}</Link>
      </h2>
      <p className="petition-item-meta">
        <span className="status-badge">{tc(`petitionStatus.${petition.status}`)}</span>{' '}
        <span>{tc(`petitionKind.${petition.kind}`)}</span>
        {' · '}
        <span>{t('my.code', { code: petition.trackingCode })}</span>
        {' · '}
        <span>{t('my.submitted', { at: formatDateTime(petition.receivedAt, language) })}</span>
      </p>
      {deadline ? (
        <p className="petition-item-deadline">
          <DeadlineText deadline={deadline} />
        </p>
      ) : null}
    </li>
  );
}
