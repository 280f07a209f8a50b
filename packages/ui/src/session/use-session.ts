import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, execute } from '@tjxf/graphql-client';
import { VIEWER_QUERY_KEY } from './viewer-query.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Signs in: the gateway sets the HttpOnly session cookie; then every query is reset, since
 * what was read as an anonymous visitor may differ, and the viewer read afresh.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => execute(LoginDocument, credentials),
    onSuccess: () => queryClient.resetQueries(),
  });
}

/** Signs out: the gateway clears the cookie; nothing of the account stays in memory. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => execute(LogoutDocument),
    onSuccess: () => {
      queryClient.setQueryData(VIEWER_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== VIEWER_QUERY_KEY[0] });
    },
  });
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes one's own password. Every session of the account ends, this one too; the gateway
 * puts the new session in the cookie, so the user stays signed in. The viewer is read afresh
 * (a temporary password's restriction is gone).
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => execute(ChangePasswordDocument, change),
    onSuccess: () => queryClient.resetQueries(),
  });
}
