import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoginDocument, LogoutDocument, execute } from '@tjxf/graphql-client';
import { viewerQuery } from './viewer-query.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Signs in: the gateway sets the HttpOnly session cookie, then whatever was cached for the
 * anonymous visitor is dropped and the viewer read afresh.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => execute(LoginDocument, credentials),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery(viewerQuery);
    },
  });
}

/** Signs out: the gateway clears the cookie; nothing of the account stays in memory. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => execute(LogoutDocument),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(viewerQuery.queryKey, null);
    },
  });
}
