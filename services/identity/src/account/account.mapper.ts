import type { Account } from './account.entity.js';
import type { AccountType } from './account.type.js';

/** What the API shows of an account (the table is not the type). */
export function toAccountType(account: Account, unitIds: string[]): AccountType {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    representativeKind: account.representativeKind ?? null,
    status: account.status,
    phone: account.phone ?? null,
    passwordChangeRequired: account.passwordChangeRequired,
    lastSignedInAt: account.lastSignedInAt ?? null,
    createdAt: account.createdAt,
    unitIds,
  };
}
