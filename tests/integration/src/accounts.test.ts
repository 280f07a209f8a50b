import { unitIdForKey } from '@tjxf/domain';
import { TEST_SESSION_REVOCATION_POLL_MS, startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CHANGE_PASSWORD,
  CREATE_ACCOUNT,
  LOGIN,
  VIEWER,
  createTestAccount,
  errorCode,
  millisUntil,
  sql,
  uniqueUsername,
  type ChangePasswordPayload,
  type CreateAccountPayload,
  type LoginPayload,
} from './support/accounts.js';

// Issue 8, defect 4: disabling an account or changing its roles waited for its tokens to
// expire. The administrator's account management ends the account's sessions in the same
// transaction as the change and its audit entry; the gateway refuses them within one poll.

let platform: TestPlatform;
let admin: string;
let adminId: string;
let handler: string;
const PROPAGATION_MS = TEST_SESSION_REVOCATION_POLL_MS * 12;
const HEXI_HOUSING = unitIdForKey('120103/zj');
const HEXI_PETITION_OFFICE = unitIdForKey('120103/xfb');

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  admin = await platform.login('admin');
  handler = await platform.login('handler.hexi.zj');
  adminId = (await platform.graphql<{ viewer: { id: string } }>(VIEWER, {}, { token: admin })).data!.viewer.id;
});
afterAll(() => platform?.stop());

const ACCOUNTS = `query Accounts($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id username status roles units { id } } }
  }
}`;
const DISABLE = 'mutation D($id: ID!) { disableAccount(id: $id) { id status } }';
const ENABLE = 'mutation E($id: ID!) { enableAccount(id: $id) { id status } }';
const RESET =
  'mutation R($id: ID!) { resetAccountPassword(id: $id) { password expiresAt account { id passwordChangeRequired } } }';
const SET_ROLES = 'mutation S($id: ID!, $roles: [Role!]!) { setAccountRoles(id: $id, roles: $roles) { id roles } }';
const SET_UNITS =
  'mutation U($id: ID!, $unitIds: [ID!]!) { setAccountUnits(id: $id, unitIds: $unitIds) { id units { id } } }';
const AUDIT = `query Audit($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 100) { totalCount edges { node { at kind accountId username actorId actorUsername ip detail } } }
}`;

const refused = (token: string) => async () => (await platform.graphql(VIEWER, {}, { token })).status === 401;
const accountRow = async (id: string) =>
  (
    await sql<{ status: string; roles: string[]; password_hash: string }>(
      platform,
      'select status, roles, password_hash from identity.account where id = ?',
      [id],
    )
  )[0]!;
const liveSessions = async (accountId: string) =>
  Number(
    (
      await sql<{ count: string }>(
        platform,
        'select count(*) from identity.session where account_id = ? and revoked_at is null',
        [accountId],
      )
    )[0]!.count,
  );
const auditOf = async (accountId: string) =>
  (
    await platform.graphql<{
      auditLog: { edges: { node: { kind: string; actorUsername: string | null; detail: string | null } }[] };
    }>(AUDIT, { filter: { accountId } }, { token: admin })
  ).data!.auditLog.edges.map((e) => e.node);

describe('who may manage accounts (allowed and denied pairs)', () => {
  it('lists accounts for the administrator, FORBIDDEN for a unit handler, UNAUTHENTICATED for a visitor', async () => {
    const listed = await platform.graphql<{
      accounts: { totalCount: number; edges: { node: { username: string } }[] };
    }>(ACCOUNTS, { filter: { role: 'UNIT_HANDLER' }, first: 100 }, { token: admin });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.accounts.edges.map((e) => e.node.username)).toContain('handler.hexi.zj');
    expect(errorCode(await platform.graphql(ACCOUNTS, {}, { token: handler }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.graphql(ACCOUNTS))).toBe('UNAUTHENTICATED');
  });

  it('pages and filters by text, unit and status', async () => {
    const first = await platform.graphql<{
      accounts: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { username: string } }[] };
    }>(ACCOUNTS, { filter: { unitId: HEXI_HOUSING, status: 'ACTIVE' }, first: 1 }, { token: admin });
    expect(first.data!.accounts.totalCount).toBeGreaterThanOrEqual(2);
    const second = await platform.graphql<typeof first.data>(
      ACCOUNTS,
      { filter: { unitId: HEXI_HOUSING, status: 'ACTIVE' }, first: 1, after: first.data!.accounts.pageInfo.endCursor },
      { token: admin },
    );
    expect(second.data!.accounts.edges[0]!.node.username > first.data!.accounts.edges[0]!.node.username).toBe(true);
    const text = await platform.graphql<typeof first.data>(ACCOUNTS, { filter: { text: 'XFB.HE' } }, { token: admin });
    expect(text.data!.accounts.edges.map((e) => e.node.username)).toEqual(['xfb.hexi']);
    expect(errorCode(await platform.graphql(ACCOUNTS, { after: 'not-a-cursor' }, { token: admin }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets only the administrator create an account: a unit head is FORBIDDEN and nothing is written', async () => {
    const username = uniqueUsername('denied');
    const input = { username, displayName: '不该有', roles: ['ADMIN'] };
    const head = await platform.login('head.hexi.zj');
    const denied = await platform.graphql(CREATE_ACCOUNT, { input }, { token: head });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(await sql(platform, 'select 1 from identity.account where username = ?', [username])).toEqual([]);
    const allowed = await platform.graphql<CreateAccountPayload>(
      CREATE_ACCOUNT,
      { input: { ...input, roles: ['CITIZEN'] } },
      { token: admin },
    );
    expect(allowed.data?.createAccount.account).toMatchObject({
      username,
      status: 'ACTIVE',
      passwordChangeRequired: true,
    });
  });

  it('refuses a unit handler disabling, resetting or changing another account, and changes nothing', async () => {
    const before = await accountRow(adminId);
    const sessionsBefore = await liveSessions(adminId);
    for (const [query, variables] of [
      [DISABLE, { id: adminId }],
      [RESET, { id: adminId }],
      [SET_ROLES, { id: adminId, roles: ['CITIZEN'] }],
      [SET_UNITS, { id: adminId, unitIds: [HEXI_HOUSING] }],
    ] as const) {
      const result = await platform.graphql(query, variables, { token: handler });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    expect(await accountRow(adminId)).toEqual(before);
    expect(await liveSessions(adminId)).toBe(sessionsBefore);
    expect((await platform.graphql(VIEWER, {}, { token: admin })).status).toBe(200);
  });

  it('keeps the audit trail from everyone but the administrator', async () => {
    expect(errorCode(await platform.graphql(AUDIT, {}, { token: handler }))).toBe('FORBIDDEN');
    expect((await platform.graphql(AUDIT, {}, { token: admin })).errors).toBeUndefined();
  });
});

describe('a new account and a reset password are temporary until changed', () => {
  it('signs in with the temporary password to a session without roles, which may only change it', async () => {
    const username = uniqueUsername('fresh');
    const created = await platform.graphql<CreateAccountPayload>(
      CREATE_ACCOUNT,
      { input: { username, displayName: '新同事', roles: ['UNIT_HANDLER'], unitIds: [HEXI_HOUSING] } },
      { token: admin },
    );
    const { password, account } = created.data!.createAccount;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(account.units).toEqual([{ id: HEXI_HOUSING }]);
    const signedIn = await platform.graphql<LoginPayload>(LOGIN, { u: username, p: password });
    expect(signedIn.data?.login.passwordChangeRequired).toBe(true);
    const temporary = signedIn.data!.login.accessToken;
    expect(errorCode(await platform.graphql('{ petitions { totalCount } }', {}, { token: temporary }))).toBe(
      'FORBIDDEN',
    );
    const changed = await platform.graphql<ChangePasswordPayload>(
      CHANGE_PASSWORD,
      { current: password, next: 'my-own-Secret-1' },
      { token: temporary },
    );
    expect(changed.data?.changePassword.passwordChangeRequired).toBe(false);
    const real = changed.data!.changePassword.accessToken;
    expect((await platform.graphql('{ petitions { totalCount } }', {}, { token: real })).errors).toBeUndefined();
    expect(errorCode(await platform.graphql(LOGIN, { u: username, p: password }))).toBe('UNAUTHENTICATED');
  });

  it('resets a password: the old one stops working, every session ends, the temporary one must be changed', async () => {
    const user = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'reset' });
    const reset = await platform.graphql<{
      resetAccountPassword: { password: string; account: { passwordChangeRequired: boolean } };
    }>(RESET, { id: user.id }, { token: admin });
    expect(reset.data?.resetAccountPassword.account.passwordChangeRequired).toBe(true);
    expect(await millisUntil(refused(user.token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    expect(errorCode(await platform.graphql(LOGIN, { u: user.username, p: user.password }))).toBe('UNAUTHENTICATED');
    const temporary = await platform.graphql<LoginPayload>(LOGIN, {
      u: user.username,
      p: reset.data!.resetAccountPassword.password,
    });
    expect(temporary.data?.login.passwordChangeRequired).toBe(true);
    expect((await auditOf(user.id))[0]).toMatchObject({ kind: 'SIGNED_IN' });
    expect((await auditOf(user.id)).map((e) => e.kind)).toContain('PASSWORD_RESET');
  });

  it('refuses a username that is taken, also when created in parallel: exactly one wins', async () => {
    const username = uniqueUsername('twin');
    const input = { username, displayName: '双胞胎', roles: ['CITIZEN'] };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => platform.graphql(CREATE_ACCOUNT, { input }, { token: admin })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const r of results.filter((r) => r.errors)) expect(errorCode(r)).toBe('CONFLICT');
    expect(await sql(platform, 'select 1 from identity.account where username = ?', [username])).toHaveLength(1);
  });

  it('refuses bad input with the field named, never a half-written account', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'a', displayName: '甲', roles: ['CITIZEN'] }, 'input.username'],
      [{ username: uniqueUsername('x'), displayName: ' ', roles: ['CITIZEN'] }, 'input.displayName'],
      [{ username: uniqueUsername('x'), displayName: '乙\u202e', roles: ['CITIZEN'] }, 'input.displayName'],
      [{ username: uniqueUsername('x'), displayName: '丙', roles: [] }, 'input.roles'],
      [{ username: uniqueUsername('x'), displayName: '丁', roles: ['REPRESENTATIVE'] }, 'input.representativeKind'],
      [
        {
          username: uniqueUsername('x'),
          displayName: '戊',
          roles: ['UNIT_HANDLER'],
          unitIds: ['00000000-0000-4000-8000-000000000000'],
        },
        'input.unitIds',
      ],
    ];
    for (const [input, field] of cases) {
      const result = await platform.graphql(CREATE_ACCOUNT, { input }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      if (typeof input.username === 'string')
        expect(await sql(platform, 'select 1 from identity.account where username = ?', [input.username])).toEqual([]);
    }
    // a malformed id is refused at the gateway's edge (issue 8, defect 6)
    expect(errorCode(await platform.graphql(DISABLE, { id: 'not-an-id' }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await platform.graphql(DISABLE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin })),
    ).toBe('NOT_FOUND');
  });
});

describe('changes to an account end its live sessions (issue 8)', () => {
  it('disabling ends the live sessions within the poll interval and refuses sign-in; enabling allows it again', async () => {
    const user = await createTestAccount(platform, admin, {
      roles: ['UNIT_HANDLER'],
      unitIds: [HEXI_HOUSING],
      prefix: 'disable',
    });
    const second = await platform.login(user.username, user.password);
    const disabled = await platform.graphql<{ disableAccount: { status: string } }>(
      DISABLE,
      { id: user.id },
      { token: admin },
    );
    expect(disabled.data?.disableAccount.status).toBe('DISABLED');
    for (const token of [user.token, second])
      expect(await millisUntil(refused(token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    expect(await liveSessions(user.id)).toBe(0);
    expect(errorCode(await platform.graphql(LOGIN, { u: user.username, p: user.password }))).toBe('UNAUTHENTICATED');
    expect((await platform.graphql(ENABLE, { id: user.id }, { token: admin })).data).toEqual({
      enableAccount: { id: user.id, status: 'ACTIVE' },
    });
    expect(await platform.login(user.username, user.password)).toBeTruthy();
    expect((await auditOf(user.id)).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['ACCOUNT_DISABLED', 'ACCOUNT_ENABLED']),
    );
  });

  it('a role change ends the sessions, and the next sign-in carries the new roles', async () => {
    const user = await createTestAccount(platform, admin, {
      roles: ['UNIT_HANDLER'],
      unitIds: [HEXI_HOUSING],
      prefix: 'demote',
    });
    expect((await platform.graphql('{ petitions { totalCount } }', {}, { token: user.token })).errors).toBeUndefined();
    const changed = await platform.graphql(SET_ROLES, { id: user.id, roles: ['CITIZEN'] }, { token: admin });
    expect(changed.data).toEqual({ setAccountRoles: { id: user.id, roles: ['CITIZEN'] } });
    expect(await millisUntil(refused(user.token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    const again = await platform.login(user.username, user.password);
    expect(errorCode(await platform.graphql('{ petitions { totalCount } }', {}, { token: again }))).toBe('FORBIDDEN');
    const [entry] = (await auditOf(user.id)).filter((e) => e.kind === 'ROLES_CHANGED');
    expect(entry!.actorUsername).toBe('admin');
    expect(JSON.parse(entry!.detail!)).toMatchObject({
      from: { roles: ['UNIT_HANDLER'] },
      to: { roles: ['CITIZEN'] },
      sessionsEnded: 1,
    });
  });

  it('a change of units ends the sessions and copies each unit’s region, communities too', async () => {
    const user = await createTestAccount(platform, admin, {
      roles: ['PETITION_OFFICER'],
      unitIds: [HEXI_PETITION_OFFICE],
      prefix: 'move',
    });
    const communities = await platform.graphql<{ units: { id: string; code: string }[] }>(
      '{ units(level: COMMUNITY, kind: REGION) { id code } }',
    );
    const community = communities.data!.units[0]!;
    const moved = await platform.graphql<{ setAccountUnits: { units: { id: string }[] } }>(
      SET_UNITS,
      { id: user.id, unitIds: [community.id, HEXI_HOUSING] },
      { token: admin },
    );
    expect(moved.data?.setAccountUnits.units.map((u) => u.id).sort()).toEqual([community.id, HEXI_HOUSING].sort());
    expect(await millisUntil(refused(user.token), PROPAGATION_MS)).toBeLessThan(PROPAGATION_MS);
    const regions = await sql<{ unit_id: string; region_code: string }>(
      platform,
      'select unit_id, region_code from identity.account_unit where account_id = ? order by region_code',
      [user.id],
    );
    expect(regions).toEqual([
      { unit_id: HEXI_HOUSING, region_code: '120103' },
      { unit_id: community.id, region_code: community.code },
    ]);
    const unknown = await platform.graphql(
      SET_UNITS,
      { id: user.id, unitIds: ['00000000-0000-4000-8000-000000000000'] },
      { token: admin },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
  });
});

describe('there is always an active administrator', () => {
  it('refuses disabling or demoting the last active administrator with CONFLICT, changing nothing', async () => {
    const before = await accountRow(adminId);
    expect(errorCode(await platform.graphql(DISABLE, { id: adminId }, { token: admin }))).toBe('CONFLICT');
    expect(errorCode(await platform.graphql(SET_ROLES, { id: adminId, roles: ['LEADER'] }, { token: admin }))).toBe(
      'CONFLICT',
    );
    expect(await accountRow(adminId)).toEqual(before);
    expect((await platform.graphql(VIEWER, {}, { token: admin })).status).toBe(200);
  });

  it('lets one of two administrators who disable each other at once win, never both', async () => {
    const other = await createTestAccount(platform, admin, { roles: ['ADMIN'], prefix: 'admin2' });
    const [first, second] = await Promise.all([
      platform.graphql(DISABLE, { id: other.id }, { token: admin }),
      platform.graphql(DISABLE, { id: adminId }, { token: other.token }),
    ]);
    expect([first, second].filter((r) => !r.errors)).toHaveLength(1);
    expect(errorCode(first.errors ? first : second)).toBe('CONFLICT');
    const [{ count }] = await sql<{ count: string }>(
      platform,
      `select count(*) from identity.account where status = 'ACTIVE' and 'ADMIN' = any(roles)`,
    );
    expect(Number(count)).toBe(1);
    // put things back for the other tests of this file
    if (second.errors === undefined) {
      const winner = await platform.login(other.username, other.password);
      await platform.graphql(ENABLE, { id: adminId }, { token: winner });
      admin = await platform.login('admin');
    }
  });
});

describe('the audit log shows each change (issue 8)', () => {
  it('lists who did what to which account, newest first, with sign-ins', async () => {
    const user = await createTestAccount(platform, admin, { roles: ['CITIZEN'], prefix: 'audited' });
    await platform.graphql(SET_ROLES, { id: user.id, roles: ['CITIZEN', 'REPRESENTATIVE'] }, { token: admin });
    await platform.graphql(
      'mutation S($id: ID!) { setAccountRoles(id: $id, roles: [REPRESENTATIVE], representativeKind: NPC_DEPUTY) { id } }',
      { id: user.id },
      { token: admin },
    );
    await platform.graphql(DISABLE, { id: user.id }, { token: admin });
    const kinds = (await auditOf(user.id)).map((e) => e.kind);
    expect(kinds.indexOf('ACCOUNT_DISABLED')).toBeLessThan(kinds.indexOf('ACCOUNT_CREATED'));
    expect(kinds).toEqual(
      expect.arrayContaining(['ACCOUNT_CREATED', 'SIGNED_IN', 'PASSWORD_CHANGED', 'ROLES_CHANGED', 'ACCOUNT_DISABLED']),
    );
    const byAdmin = (await auditOf(user.id)).filter((e) =>
      ['ACCOUNT_CREATED', 'ROLES_CHANGED', 'ACCOUNT_DISABLED'].includes(e.kind),
    );
    expect(new Set(byAdmin.map((e) => e.actorUsername))).toEqual(new Set(['admin']));
    // a sign-in with a wrong password is there too, by username
    await platform.graphql(LOGIN, { u: user.username, p: 'wrong-password' });
    const failed = await platform.graphql<{ auditLog: { edges: { node: { username: string; accountId: string } }[] } }>(
      AUDIT,
      { filter: { kinds: ['SIGN_IN_FAILED'], accountId: user.id } },
      { token: admin },
    );
    expect(failed.data!.auditLog.edges[0]!.node).toMatchObject({ username: user.username, accountId: user.id });
  });
});
