import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isConflict } from './step-errors';

export interface ProcedureStepOptions<TVariables> {
  petitionId: string;
  send: (variables: TVariables) => Promise<unknown>;
  /** After the petition has been read again. */
  onDone: () => void;
  /** Someone else changed it first: the petition is read again, the user told. */
  onConflict: () => void;
}

/**
 * One step of the procedure (accept, reply, …): sends it, then reads the petition, the inbox
 * and the supervision board again, so that the page shows the new state and the new
 * `allowedActions`. A CONFLICT also reloads, since the page is out of date.
 */
export function useProcedureStep<TVariables>({
  petitionId,
  send,
  onDone,
  onConflict,
}: ProcedureStepOptions<TVariables>) {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all(
      [['petition', petitionId], ['inbox'], ['supervision']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await reload();
      onDone();
    },
    onError: async (error) => {
      if (!isConflict(error)) return;
      await reload();
      onConflict();
    },
  });
}
