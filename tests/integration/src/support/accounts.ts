import { randomBytes } from 'node:crypto';
import type { GatewayClient, GraphQLResult, TestPlatform } from '@tjxf/test-kit';

export const VIEWER = '{ viewer { id username roles } }';
export const LOGOUT = 'mutation { logout }';
export const LOGIN = `mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) { accessToken expiresAt passwordChangeRequired account { id username roles } }
}`;
export const CHANGE_PASSWORD = `mutation Change($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { accessToken expiresAt passwordChangeRequired account { id } }
}`;
export const CREATE_ACCOUNT = `mutation Create($input: CreateAccountInput!) {
  createAccount(input: $input) { password expiresAt account { id username roles status passwordChangeRequired units { id } } }
}`;

export interface LoginPayload {
  login: {
    accessToken: string;
    expiresAt: string;
    passwordChangeRequired: boolean;
    account: { id: string; username: string; roles: string[] };
  };
}
export interface ChangePasswordPayload {
  changePassword: { accessToken: string; passwordChangeRequired: boolean; account: { id: string } };
}
export interface CreateAccountPayload {
  createAccount: {
    password: string;
    expiresAt: string;
    account: {
      id: string;
      username: string;
      roles: string[];
      status: string;
      passwordChangeRequired: boolean;
      units: { id: string }[];
    };
  };
}

/** An account of the test's own, signed in with a password it chose. */
export interface TestAccount {
  id: string;
  username: string;
  password: string;
  token: string;
}

/** A username no other test uses. */
export const uniqueUsername = (prefix: string) => `${prefix}.${randomBytes(4).toString('hex')}`;

/**
 * Creates an account as the administrator, signs in with its temporary password and chooses
 * a real one, as a new user would.
 */
export async function createTestAccount(
  platform: GatewayClient,
  adminToken: string,
  input: { roles: string[]; unitIds?: string[]; representativeKind?: string; prefix?: string },
): Promise<TestAccount> {
  const username = uniqueUsername(input.prefix ?? 'test');
  const created = await platform.graphql<CreateAccountPayload>(
    CREATE_ACCOUNT,
    {
      input: {
        username,
        displayName: '测试用户',
        roles: input.roles,
        unitIds: input.unitIds ?? [],
        representativeKind: input.representativeKind,
      },
    },
    { token: adminToken },
  );
  if (!created.data) throw new Error(`createAccount failed: ${JSON.stringify(created.errors)}`);
  const temporary = await platform.login(username, created.data.createAccount.password);
  const password = `Chosen#${randomBytes(6).toString('hex')}`;
  const changed = await platform.graphql<ChangePasswordPayload>(
    CHANGE_PASSWORD,
    { current: created.data.createAccount.password, next: password },
    { token: temporary },
  );
  if (!changed.data) throw new Error(`changePassword failed: ${JSON.stringify(changed.errors)}`);
  return {
    id: created.data.createAccount.account.id,
    username,
    password,
    token: changed.data.changePassword.accessToken,
  };
}

export const errorCode = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

/**
 * Asks `attempt` again every 50 ms until it returns true or `withinMs` has passed; how long it
 * took, or Infinity when it never did.
 */
export async function millisUntil(attempt: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started <= withinMs) {
    if (await attempt()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

/** Runs SQL on the test's own database, through the identity service's connection. */
export async function sql<T = Record<string, unknown>>(
  platform: TestPlatform,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return platform.services.identity.orm.em.fork().getConnection().execute<T[]>(query, params);
}
