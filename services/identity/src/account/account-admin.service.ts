import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ErrorCode, type RepresentativeKind, Role, invalidField, isUuid, newId, notFound, refuse } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { auditRow } from '../audit/audit-entry.js';
import { AuthEventEntity, AuthEventKind } from '../auth/auth.entity.js';
import { hashPassword } from '../auth/auth.service.js';
import { temporaryPassword, temporaryPasswordExpiry } from '../auth/password-policy.js';
import { SessionEndReason } from '../session/session.entity.js';
import { SessionService } from '../session/session.service.js';
import type { UnitLookup } from '../unit-lookup/unit-lookup.js';
import { AccountEntity, AccountStatus, AccountUnitEntity, type Account } from './account.entity.js';
import type { CreateAccountInput } from './account.inputs.js';
import {
  checkDisplayName,
  checkRoles,
  checkUnitIds,
  checkUsername,
  isActiveAdmin,
  lastAdmin,
  sameMembers,
} from './account.rules.js';
import { toAccountType } from './account.mapper.js';
import type { TemporaryPasswordType } from './account-admin.type.js';
import type { AccountType } from './account.type.js';

/** One key for every change that may leave the platform without an administrator. */
const ADMINS_LOCK = `select pg_advisory_xact_lock(hashtext('identity.active-admins'))`;

/** What one change did, for its audit entry. */
interface Change {
  kind: AuthEventKind;
  detail?: Record<string, unknown>;
  /** Sessions of the account to end, and why. */
  endSessions?: SessionEndReason;
}

/**
 * The administrator's work on accounts. Each change is one transaction: the account, the
 * end of its sessions where the change calls for it, and the audit entry naming who did it.
 */
export class AccountAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly units: UnitLookup,
  ) {}

  /** A new account with a temporary password, to be changed at its first sign-in. */
  async create(input: CreateAccountInput): Promise<TemporaryPasswordType> {
    const username = checkUsername(input.username);
    const displayName = checkDisplayName(input.displayName);
    const { roles, representativeKind } = checkRoles(input.roles, input.representativeKind, 'input.');
    const memberships = await this.knownUnits(checkUnitIds(input.unitIds ?? [], 'input.'), 'input.unitIds');
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const expiresAt = temporaryPasswordExpiry();
    try {
      const account = await this.em.fork().transactional(async (tx) => {
        if (await tx.count(AccountEntity, { username })) throw usernameTaken();
        const created = tx.create(AccountEntity, {
          id: newId(),
          username,
          passwordHash,
          displayName,
          roles,
          representativeKind,
          passwordChangeRequired: true,
          passwordExpiresAt: expiresAt,
        });
        for (const unit of memberships)
          tx.create(AccountUnitEntity, { id: newId(), account: created, unitId: unit.id, regionCode: unit.regionCode });
        this.audit(tx, created, {
          kind: AuthEventKind.ACCOUNT_CREATED,
          detail: { roles, representativeKind, unitIds: memberships.map((u) => u.id) },
        });
        return created;
      });
      return {
        account: toAccountType(
          account,
          memberships.map((u) => u.id),
        ),
        password,
        expiresAt,
      };
    } catch (error) {
      // the same username created at the same moment: the unique index decides
      if (error instanceof UniqueConstraintViolationException) throw usernameTaken();
      throw error;
    }
  }

  /** Disables the account and ends its sessions. Not the last active administrator. */
  disable(id: string): Promise<AccountType> {
    return this.change(id, { guardAdmins: true }, async (_tx, account) => {
      if (account.status === AccountStatus.DISABLED) return null;
      account.status = AccountStatus.DISABLED;
      return { kind: AuthEventKind.ACCOUNT_DISABLED, endSessions: SessionEndReason.ACCOUNT_DISABLED };
    });
  }

  enable(id: string): Promise<AccountType> {
    return this.change(id, {}, async (_tx, account) => {
      if (account.status === AccountStatus.ACTIVE) return null;
      account.status = AccountStatus.ACTIVE;
      return { kind: AuthEventKind.ACCOUNT_ENABLED };
    });
  }

  /** A new temporary password (shown once), the old one gone and every session ended. */
  async resetPassword(id: string): Promise<TemporaryPasswordType> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const expiresAt = temporaryPasswordExpiry();
    const account = await this.change(id, {}, async (_tx, target) => {
      Object.assign(target, { passwordHash, passwordChangeRequired: true, passwordExpiresAt: expiresAt });
      return { kind: AuthEventKind.PASSWORD_RESET, endSessions: SessionEndReason.PASSWORD_RESET };
    });
    return { account, password, expiresAt };
  }

  /** Replaces the roles; the account's sessions end, so the new roles apply at once. */
  setRoles(id: string, roles: Role[], kind: RepresentativeKind | null | undefined): Promise<AccountType> {
    const checked = checkRoles(roles, kind);
    return this.change(id, { guardAdmins: true }, async (_tx, account) => {
      const from = { roles: account.roles, representativeKind: account.representativeKind ?? null };
      if (sameMembers(from.roles, checked.roles) && from.representativeKind === checked.representativeKind) return null;
      Object.assign(account, checked);
      return {
        kind: AuthEventKind.ROLES_CHANGED,
        detail: { from, to: checked },
        endSessions: SessionEndReason.ROLES_CHANGED,
      };
    });
  }

  /** Replaces the unit memberships; the account's sessions end, so the new area applies at once. */
  async setUnits(id: string, unitIds: string[]): Promise<AccountType> {
    const units = await this.knownUnits(checkUnitIds(unitIds), 'unitIds');
    return this.change(id, {}, async (tx, account) => {
      const current = await tx.find(AccountUnitEntity, { account: account.id });
      const from = current.map((m) => m.unitId);
      const to = units.map((u) => u.id);
      if (sameMembers(from, to)) return null;
      await tx.nativeDelete(AccountUnitEntity, { account: account.id });
      for (const unit of units)
        tx.create(AccountUnitEntity, { id: newId(), account, unitId: unit.id, regionCode: unit.regionCode });
      return { kind: AuthEventKind.UNITS_CHANGED, detail: { from, to }, endSessions: SessionEndReason.UNITS_CHANGED };
    });
  }

  /**
   * Loads and locks the account, applies `apply` (null: nothing to change), ends sessions
   * and writes the audit entry, in one transaction. With `guardAdmins`, refuses a change that
   * leaves no active administrator (changes that could do so wait for each other).
   */
  private async change(
    id: string,
    options: { guardAdmins?: boolean },
    apply: (tx: EntityManager, account: Account) => Promise<Change | null>,
  ): Promise<AccountType> {
    if (!isUuid(id)) throw notFound('Account');
    return this.em.fork().transactional(async (tx) => {
      if (options.guardAdmins) await tx.getConnection().execute(ADMINS_LOCK, [], 'run', tx.getTransactionContext());
      const account = await tx.findOne(AccountEntity, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) throw notFound('Account');
      const wasAdmin = isActiveAdmin(account);
      const change = await apply(tx, account);
      if (change) {
        if (options.guardAdmins && wasAdmin && !isActiveAdmin(account)) await this.refuseIfLastAdmin(tx, account.id);
        const ended = change.endSessions ? await new SessionService(tx).endAll(account.id, change.endSessions) : 0;
        this.audit(tx, account, {
          ...change,
          detail: { ...change.detail, ...(ended ? { sessionsEnded: ended } : {}) },
        });
      }
      const unitIds = (
        await tx.find(AccountUnitEntity, { account: account.id }, { orderBy: { createdAt: 'asc' } })
      ).map((m) => m.unitId);
      return toAccountType(account, unitIds);
    });
  }

  private async refuseIfLastAdmin(tx: EntityManager, accountId: string): Promise<void> {
    const others = await tx.count(AccountEntity, {
      id: { $ne: accountId },
      status: AccountStatus.ACTIVE,
      roles: { $contains: [Role.ADMIN] },
    });
    if (others === 0) throw lastAdmin();
  }

  private audit(tx: EntityManager, account: Account, change: Change): void {
    tx.create(
      AuthEventEntity,
      auditRow({
        kind: change.kind,
        account: { id: account.id, username: account.username },
        actor: { id: this.viewer.accountId, username: this.viewer.username ?? '' },
        ip: this.viewer.ip,
        ...(change.detail && Object.keys(change.detail).length ? { detail: change.detail } : {}),
      }),
    );
  }

  /** The units, as the units subgraph knows them; any unknown id is refused. */
  private async knownUnits(ids: string[], field: string) {
    if (!ids.length) return [];
    const found = await this.units.find(ids);
    const unknown = ids.filter((id) => !found.some((u) => u.id === id));
    if (unknown.length) throw invalidField(field, 'UNKNOWN_UNITS', { units: unknown.join(', ') });
    return ids.map((id) => found.find((u) => u.id === id)!);
  }
}

const usernameTaken = () => refuse(ErrorCode.CONFLICT, 'USERNAME_TAKEN', undefined, { field: 'input.username' });
