import { queryOptions } from '@tanstack/react-query';
import { WorkbenchPetitionDocument, execute, type WorkbenchPetitionQuery } from '@tjxf/graphql-client';

export type StaffPetition = NonNullable<WorkbenchPetitionQuery['petition']>;

/** One petition as staff read it (null when it does not exist or is not theirs to see). */
export const staffPetitionQuery = (id: string) =>
  queryOptions({
    queryKey: ['petition', id],
    queryFn: ({ signal }) => execute(WorkbenchPetitionDocument, { id }, { signal }).then((d) => d.petition),
    staleTime: 0,
  });
