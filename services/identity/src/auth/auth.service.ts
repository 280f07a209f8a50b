import type { EntityManager } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { ErrorCode, invalidField, refuse } from '@tjxf/domain';
import type { AccessTokenIssuer, Viewer } from '@tjxf/tokens';
import { AccountEntity, AccountStatus, AccountUnitEntity, type Account } from '../account/account.entity.js';
import { toAccountType } from '../account/account.mapper.js';
import type { AuthPayloadType } from '../account/account.type.js';
import { auditRow } from '../audit/audit-entry.js';
import { SessionEndReason } from '../session/session.entity.js';
import { SessionService } from '../session/session.service.js';
import { AuthEventEntity, AuthEventKind } from './auth.entity.js';
import { LOGIN_CLEARS_ON_SUCCESS, loginKeys, type LoginThrottle } from './login-throttle.js';
import { PASSWORD_RULES, checkNewPassword } from './password-policy.js';

/** argon2id parameters (OWASP's recommendation: 19 MiB, 2 passes, 1 lane). */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, PASSWORD_HASH_OPTIONS);

/** Verified against when the username is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;

export const normalizeUsername = (username: string) => username.trim().toLowerCase();

const wrongCredentials = () => refuse(ErrorCode.UNAUTHENTICATED, 'WRONG_CREDENTIALS');

const tooManyWrongPasswords = (wait: number) =>
  refuse(
    ErrorCode.RATE_LIMITED,
    'TOO_MANY_WRONG_PASSWORDS',
    { minutes: Math.ceil(wait / 60) },
    { retryAfterSeconds: wait },
  );

const signInRequired = () => refuse(ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED');

/** A temporary password past its time is as wrong as any other. */
const passwordUsable = (account: Account, now = new Date()) =>
  !account.passwordExpiresAt || account.passwordExpiresAt > now;

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly issuer: AccessTokenIssuer,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(rawUsername: string, password: string, viewer: Viewer): Promise<AuthPayloadType> {
    const username = normalizeUsername(rawUsername);
    if (!username || username.length > 64) throw invalidField('username', 'USERNAME_REQUIRED');
    if (!password || password.length > 256) throw invalidField('password', 'PASSWORD_REQUIRED');

    // the try is counted before the password is checked, so parallel tries cannot outrun the count
    const keys = loginKeys(username, viewer.ip);
    const wait = await this.throttle.take(keys);
    if (wait > 0) {
      await this.audit(AuthEventKind.SIGN_IN_THROTTLED, username, null, viewer.ip);
      throw tooManyWrongPasswords(wait);
    }

    const account = await this.em.findOne(AccountEntity, { username });
    const valid = await verify(account?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy'))), password);
    if (!account || !valid || account.status !== AccountStatus.ACTIVE || !passwordUsable(account)) {
      await this.audit(AuthEventKind.SIGN_IN_FAILED, username, account?.id ?? null, viewer.ip);
      throw wrongCredentials();
    }
    await this.throttle.succeeded(keys, LOGIN_CLEARS_ON_SUCCESS);

    // one flush, one transaction: the session, the sign-in time and its audit entry
    account.lastSignedInAt = new Date();
    const payload = await this.startSession(this.em, account, viewer, AuthEventKind.SIGNED_IN);
    await this.em.flush();
    return payload;
  }

  /** Ends the caller's session: its token is refused from then on, with any cookie holding it. */
  async logout(viewer: Viewer): Promise<boolean> {
    if (!viewer.accountId || !viewer.username) return true;
    const self = { id: viewer.accountId, username: viewer.username };
    await this.em.fork().transactional(async (tx) => {
      const ended = viewer.sessionId
        ? await new SessionService(tx).end(viewer.sessionId, SessionEndReason.SIGNED_OUT)
        : 0;
      tx.create(
        AuthEventEntity,
        auditRow({
          kind: AuthEventKind.SIGNED_OUT,
          account: self,
          actor: self,
          ip: viewer.ip,
          detail: { sessionId: viewer.sessionId ?? null, ended },
        }),
      );
    });
    return true;
  }

  /**
   * The caller changes their own password. A wrong current password counts as a failed
   * sign-in. Every session of the account ends, this one too (a copy of its token dies with
   * it), and the caller gets a new one: the answer is a sign-in.
   */
  async changePassword(currentPassword: string, newPassword: string, viewer: Viewer): Promise<AuthPayloadType> {
    if (!viewer.accountId || !viewer.username) throw signInRequired();
    if (!currentPassword || currentPassword.length > PASSWORD_RULES.maxLength)
      throw invalidField('currentPassword', 'CURRENT_PASSWORD_REQUIRED');
    const account = await this.em.findOne(AccountEntity, { id: viewer.accountId, status: AccountStatus.ACTIVE });
    if (!account) throw signInRequired();
    const self = { id: account.id, username: account.username };

    // a wrong current password is a wrong password: the sign-in throttle takes the try first
    const keys = loginKeys(account.username, viewer.ip);
    const wait = await this.throttle.take(keys);
    if (wait > 0) throw tooManyWrongPasswords(wait);
    if (!(await verify(account.passwordHash, currentPassword)) || !passwordUsable(account)) {
      await this.audit(AuthEventKind.PASSWORD_CHANGE_FAILED, account.username, account.id, viewer.ip, self);
      throw invalidField('currentPassword', 'CURRENT_PASSWORD_WRONG');
    }
    await this.throttle.succeeded(keys, LOGIN_CLEARS_ON_SUCCESS);
    checkNewPassword(newPassword, account.username);
    if (newPassword === currentPassword) throw invalidField('newPassword', 'PASSWORD_UNCHANGED');

    const passwordHash = await hashPassword(newPassword);
    return this.em.fork().transactional(async (tx) => {
      // only if nobody changed it meanwhile: two changes at once cannot both win
      const changed = await tx.nativeUpdate(
        AccountEntity,
        { id: account.id, passwordHash: account.passwordHash },
        { passwordHash, passwordChangeRequired: false, passwordExpiresAt: null },
      );
      if (!changed) throw refuse(ErrorCode.CONFLICT, 'PASSWORD_CHANGED_MEANWHILE');
      const ended = await new SessionService(tx).endAll(account.id, SessionEndReason.PASSWORD_CHANGED);
      const fresh = await tx.findOneOrFail(AccountEntity, account.id, { refresh: true });
      return this.startSession(tx, fresh, viewer, AuthEventKind.PASSWORD_CHANGED, { sessionsEnded: ended });
    });
  }

  /**
   * Starts a session and signs its token. Signed in with a temporary password, the token
   * carries no roles and no units: it can only change the password. Written with `em`'s
   * next flush, with the audit entry of `kind`.
   */
  async startSession(
    em: EntityManager,
    account: Account,
    viewer: Viewer,
    kind: AuthEventKind,
    detail: Record<string, unknown> = {},
  ): Promise<AuthPayloadType> {
    const memberships = await em.find(AccountUnitEntity, { account: account.id }, { orderBy: { createdAt: 'asc' } });
    const restricted = account.passwordChangeRequired;
    const session = new SessionService(em).start(account.id, viewer, this.issuer.expiresInSeconds, restricted);
    const accessToken = await this.issuer.issue({
      accountId: account.id,
      sessionId: session.id,
      username: account.username,
      roles: restricted ? [] : account.roles,
      units: restricted ? [] : memberships.map((m) => ({ id: m.unitId, regionCode: m.regionCode })),
      representativeKind: account.representativeKind ?? null,
    });
    const self = { id: account.id, username: account.username };
    em.create(
      AuthEventEntity,
      auditRow({
        kind,
        account: self,
        actor: self,
        ip: viewer.ip,
        detail: { ...detail, sessionId: session.id, restricted },
      }),
    );
    return {
      accessToken,
      expiresAt: session.expiresAt,
      passwordChangeRequired: restricted,
      account: toAccountType(
        account,
        memberships.map((m) => m.unitId),
      ),
    };
  }

  private async audit(
    kind: AuthEventKind,
    username: string,
    accountId: string | null,
    ip: string | null,
    actor: { id: string; username: string } | null = null,
  ) {
    await this.em.insert(AuthEventEntity, auditRow({ kind, account: { id: accountId, username }, actor, ip }));
  }
}
