import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './demo-users.js';

const LOGIN = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';

/**
 * Signs the page's browser context in with a session of its own, in the cookie as a portal
 * gets it. For tests that sign out or change a password: that ends the session on the server
 * (issue 8), so it must not be the one the other tests share through the saved state.
 */
export async function signInOwnSession(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: { query: LOGIN, variables: { u: username, p: password } },
    headers: { 'x-tjxf-session': 'cookie' },
  });
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect((await page.context().cookies()).some((c) => c.name === 'tjxf_session')).toBe(true);
}

/** A citizen account of the test's own, made by the administrator: its temporary password. */
export async function createCitizenAccount(
  page: Page,
  displayName: string,
): Promise<{ username: string; temporaryPassword: string }> {
  const graphql = async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await page.request.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const { login } = await graphql<{ login: { accessToken: string } }>(LOGIN, { u: 'admin', p: DEMO_PASSWORD });
  const username = `browser.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const { createAccount } = await graphql<{ createAccount: { password: string } }>(
    'mutation C($input: CreateAccountInput!) { createAccount(input: $input) { password } }',
    { input: { username, displayName, roles: ['CITIZEN'] } },
    login.accessToken,
  );
  await graphql('mutation { logout }', {}, login.accessToken);
  return { username, temporaryPassword: createAccount.password };
}
