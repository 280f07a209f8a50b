import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ErrorCode, Role, newId, refuse } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { AccountEntity, AccountStatus } from '../account/account.entity.js';
import { checkDisplayName } from '../account/account.rules.js';
import type { AuthPayloadType } from '../account/account.type.js';
import { auditRow } from '../audit/audit-entry.js';
import { AuthEventEntity, AuthEventKind } from '../auth/auth.entity.js';
import { hashPassword, type AuthService } from '../auth/auth.service.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import { checkNewPassword } from '../auth/password-policy.js';
import { SessionEndReason } from '../session/session.entity.js';
import { SessionService } from '../session/session.service.js';
import type { VerificationService } from '../verification/verification.service.js';
import type { RegisterCitizenInput, ResetPasswordInput } from './citizen.inputs.js';
import { checkPhone } from './phone.js';

const phoneRegistered = () =>
  refuse(ErrorCode.CONFLICT, 'PHONE_ALREADY_REGISTERED', undefined, { field: 'input.phone' });

/**
 * Citizens' own accounts: registration with a phone proven by a one-time code (the phone is
 * the username), and a new password by code. Neither the code request nor the reset tells
 * whether an account has the phone; registration does, but only to whoever typed its code.
 */
export class CitizenAccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly auth: AuthService,
    private readonly verification: VerificationService,
    private readonly loginThrottle: LoginThrottle,
  ) {}

  async requestCode(rawPhone: string): Promise<boolean> {
    await this.verification.send(checkPhone(rawPhone, 'phone'), this.viewer.ip);
    return true;
  }

  /** A new CITIZEN account, signed in at once (the answer is a sign-in, like `login`). */
  async register(input: RegisterCitizenInput): Promise<AuthPayloadType> {
    const phone = checkPhone(input.phone, 'input.phone');
    const displayName = checkDisplayName(input.name, 'input.name');
    checkNewPassword(input.password, phone, 'input.password');
    await this.verification.require(phone, input.code, 'input.code');
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.fork().transactional(async (tx) => {
        if (await tx.count(AccountEntity, { $or: [{ username: phone }, { phone }] })) throw phoneRegistered();
        const account = tx.create(AccountEntity, {
          id: newId(),
          username: phone,
          phone,
          phoneVerifiedAt: new Date(),
          passwordHash,
          displayName,
          roles: [Role.CITIZEN],
          representativeKind: null,
          lastSignedInAt: new Date(),
        });
        return this.auth.startSession(tx, account, this.viewer, AuthEventKind.CITIZEN_REGISTERED);
      });
    } catch (error) {
      // the same phone registered at the same moment with two codes: the unique index decides
      if (error instanceof UniqueConstraintViolationException) throw phoneRegistered();
      throw error;
    }
  }

  /**
   * The account with this phone gets the new password and every session of it ends, in one
   * transaction with its audit entry; its sign-in pauses are lifted. True in every case once
   * the code is right, so that the answer never tells whether the phone has an account.
   */
  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const phone = checkPhone(input.phone, 'input.phone');
    checkNewPassword(input.newPassword, phone, 'input.newPassword');
    await this.verification.require(phone, input.code, 'input.code');
    const passwordHash = await hashPassword(input.newPassword);
    const reset = await this.em.fork().transactional(async (tx) => {
      const account = await tx.findOne(
        AccountEntity,
        { phone, status: AccountStatus.ACTIVE },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!account) return false;
      Object.assign(account, { passwordHash, passwordChangeRequired: false, passwordExpiresAt: null });
      const ended = await new SessionService(tx).endAll(account.id, SessionEndReason.PASSWORD_RESET);
      const self = { id: account.id, username: account.username };
      tx.create(
        AuthEventEntity,
        auditRow({
          kind: AuthEventKind.PASSWORD_RESET_BY_CODE,
          account: self,
          actor: self,
          ip: this.viewer.ip,
          detail: { sessionsEnded: ended },
        }),
      );
      return true;
    });
    if (reset) await this.loginThrottle.succeeded({ account: phone }, ['account']);
    return true;
  }
}
