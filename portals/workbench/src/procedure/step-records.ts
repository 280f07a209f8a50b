import { queryOptions } from '@tanstack/react-query';
import { PetitionStepRecordsDocument, execute, type PetitionStepRecordsQuery } from '@tjxf/graphql-client';

export type StepRecords = NonNullable<PetitionStepRecordsQuery['petition']>;

/**
 * What the remaining steps' forms read of a petition, in one request (tasks, hand-offs,
 * hearings, the viewer's recusal). Under the petition's key: a step's reload reads it again.
 */
export const stepRecordsQuery = (petitionId: string) =>
  queryOptions({
    queryKey: ['petition', petitionId, 'steps'],
    queryFn: ({ signal }) =>
      execute(PetitionStepRecordsDocument, { id: petitionId }, { signal }).then((d) => d.petition),
    staleTime: 0,
  });
