import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { MyPetitionsDocument, PetitionDetailDocument, execute } from '@tjxf/graphql-client';

/** Petitions per page of "my petitions". */
export const MY_PETITIONS_PAGE_SIZE = 10;

/** The signed-in citizen's petitions, newest first, a page at a time. */
export const myPetitionsQuery = infiniteQueryOptions({
  queryKey: ['myPetitions'],
  queryFn: ({ pageParam, signal }) =>
    execute(MyPetitionsDocument, { first: MY_PETITIONS_PAGE_SIZE, after: pageParam }, { signal }).then(
      (d) => d.myPetitions,
    ),
  initialPageParam: null as string | null,
  getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  staleTime: 0, // a petition just filed must show at once
});

/** One of the citizen's petitions in full. */
export const petitionDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['petition', id],
    queryFn: ({ signal }) => execute(PetitionDetailDocument, { id }, { signal }).then((d) => d.petition),
    staleTime: 0,
  });
