import { ErrorCode, type RepresentativeKind, Role, ROLES, invalidField, isUuid, refuse } from '@tjxf/domain';
import type { Account } from './account.entity.js';
import { AccountStatus } from './account.entity.js';

/** Limits of what an administrator enters for an account. */
export const ACCOUNT_RULES = {
  username: /^[a-z0-9][a-z0-9._-]{2,63}$/,
  displayNameMaxLength: 100,
  maxUnits: 20,
} as const;

// control characters, bidirectional overrides and zero-width characters: never in a name
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export function checkUsername(username: string): string {
  const normalized = username.trim().toLowerCase();
  if (!ACCOUNT_RULES.username.test(normalized)) throw invalidField('input.username', 'USERNAME_FORMAT');
  return normalized;
}

export function checkDisplayName(displayName: string, field = 'input.displayName'): string {
  const name = displayName.trim();
  if (!name || [...name].length > ACCOUNT_RULES.displayNameMaxLength || UNPRINTABLE.test(name))
    throw invalidField(field, 'DISPLAY_NAME_REQUIRED', { max: ACCOUNT_RULES.displayNameMaxLength });
  return name;
}

/**
 * The roles, without repeats; a representative says which kind, nobody else does. `prefix`
 * names where the arguments are (`input.` inside an input object).
 */
export function checkRoles(
  roles: readonly Role[],
  representativeKind: RepresentativeKind | null | undefined,
  prefix = '',
): { roles: Role[]; representativeKind: RepresentativeKind | null } {
  const unique = [...new Set(roles)];
  if (!unique.length || !unique.every((r) => ROLES.includes(r))) throw invalidField(`${prefix}roles`, 'ROLE_REQUIRED');
  const representative = unique.includes(Role.REPRESENTATIVE);
  if (representative && !representativeKind)
    throw invalidField(`${prefix}representativeKind`, 'REPRESENTATIVE_KIND_REQUIRED');
  return { roles: unique, representativeKind: representative ? representativeKind! : null };
}

export function checkUnitIds(unitIds: readonly string[], prefix = ''): string[] {
  const unique = [...new Set(unitIds)];
  if (unique.length > ACCOUNT_RULES.maxUnits || !unique.every(isUuid))
    throw invalidField(`${prefix}unitIds`, 'TOO_MANY_UNITS', { max: ACCOUNT_RULES.maxUnits });
  return unique;
}

export const isActiveAdmin = (account: Pick<Account, 'roles' | 'status'>) =>
  account.status === AccountStatus.ACTIVE && account.roles.includes(Role.ADMIN);

export const lastAdmin = () => refuse(ErrorCode.CONFLICT, 'LAST_ADMINISTRATOR');

export const sameMembers = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
