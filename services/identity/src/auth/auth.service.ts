import type { EntityManager } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { DomainError, ErrorCode, badInput, newId } from '@tjxf/domain';
import type { AccessTokenIssuer, Viewer } from '@tjxf/tokens';
import { AccountEntity, AccountStatus, AccountUnitEntity } from '../account/account.entity.js';
import { toAccountType } from '../account/account.service.js';
import type { AuthPayloadType } from '../account/account.type.js';
import { AuthEventEntity, AuthEventKind } from './auth.entity.js';
import { LOGIN_CLEARS_ON_SUCCESS, loginKeys, type LoginThrottle } from './login-throttle.js';

/** argon2id parameters (OWASP's recommendation: 19 MiB, 2 passes, 1 lane). */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, PASSWORD_HASH_OPTIONS);

/** Verified against when the username is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;

export const normalizeUsername = (username: string) => username.trim().toLowerCase();

const wrongCredentials = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong username or password. 用户名或密码错误。');

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly issuer: AccessTokenIssuer,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(rawUsername: string, password: string, viewer: Viewer): Promise<AuthPayloadType> {
    const username = normalizeUsername(rawUsername);
    if (!username || username.length > 64) throw badInput('username', 'Enter a username of at most 64 characters.');
    if (!password || password.length > 256) throw badInput('password', 'Enter a password of at most 256 characters.');

    // the try is counted before the password is checked, so parallel tries cannot outrun the count
    const keys = loginKeys(username, viewer.ip);
    const wait = await this.throttle.take(keys);
    if (wait > 0) {
      await this.audit(AuthEventKind.SIGN_IN_THROTTLED, username, null, viewer.ip);
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `密码错误次数过多，请${Math.ceil(wait / 60)}分钟后再试。Too many wrong passwords: try again in ${Math.ceil(wait / 60)} minutes.`,
        { retryAfterSeconds: wait },
      );
    }

    const account = await this.em.findOne(AccountEntity, { username });
    const valid = await verify(account?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy'))), password);
    if (!account || !valid || account.status !== AccountStatus.ACTIVE) {
      await this.audit(AuthEventKind.SIGN_IN_FAILED, username, account?.id ?? null, viewer.ip);
      throw wrongCredentials();
    }
    await this.throttle.succeeded(keys, LOGIN_CLEARS_ON_SUCCESS);

    const memberships = await this.em.find(
      AccountUnitEntity,
      { account: account.id },
      { orderBy: { createdAt: 'asc' } },
    );
    const accessToken = await this.issuer.issue({
      accountId: account.id,
      username: account.username,
      roles: account.roles,
      units: memberships.map((m) => ({ id: m.unitId, regionCode: m.regionCode })),
      representativeKind: account.representativeKind ?? null,
    });
    // one flush, one transaction: the sign-in time and its audit entry
    account.lastSignedInAt = new Date();
    this.em.create(AuthEventEntity, this.event(AuthEventKind.SIGNED_IN, username, account.id, viewer.ip));
    await this.em.flush();
    return {
      accessToken,
      expiresAt: new Date(Date.now() + this.issuer.expiresInSeconds * 1000),
      account: toAccountType(
        account,
        memberships.map((m) => m.unitId),
      ),
    };
  }

  async logout(viewer: Viewer): Promise<boolean> {
    if (viewer.accountId && viewer.username) {
      await this.audit(AuthEventKind.SIGNED_OUT, viewer.username, viewer.accountId, viewer.ip);
    }
    return true;
  }

  private async audit(kind: AuthEventKind, username: string, accountId: string | null, ip: string | null) {
    await this.em.insert(AuthEventEntity, this.event(kind, username, accountId, ip));
  }

  private event(kind: AuthEventKind, username: string, accountId: string | null, ip: string | null) {
    return { id: newId(), at: new Date(), kind, username: username.slice(0, 64), accountId, ip };
  }
}
