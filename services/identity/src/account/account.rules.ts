import { DomainError, ErrorCode, type RepresentativeKind, Role, ROLES, badInput, isUuid } from '@tjxf/domain';
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
  if (!ACCOUNT_RULES.username.test(normalized))
    throw badInput(
      'input.username',
      '用户名须为3至64个字母、数字或“._-”。Use 3 to 64 letters, digits, ".", "_" or "-" for the username.',
    );
  return normalized;
}

export function checkDisplayName(displayName: string): string {
  const name = displayName.trim();
  if (!name || [...name].length > ACCOUNT_RULES.displayNameMaxLength || UNPRINTABLE.test(name))
    throw badInput(
      'input.displayName',
      `请填写姓名（不超过${ACCOUNT_RULES.displayNameMaxLength}个字）。Enter a name of at most ${ACCOUNT_RULES.displayNameMaxLength} characters.`,
    );
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
  if (!unique.length || !unique.every((r) => ROLES.includes(r)))
    throw badInput(`${prefix}roles`, '请至少选择一个角色。Choose at least one role.');
  const representative = unique.includes(Role.REPRESENTATIVE);
  if (representative && !representativeKind)
    throw badInput(`${prefix}representativeKind`, '代表须注明类别。Say which kind of representative.');
  return { roles: unique, representativeKind: representative ? representativeKind! : null };
}

export function checkUnitIds(unitIds: readonly string[], prefix = ''): string[] {
  const unique = [...new Set(unitIds)];
  if (unique.length > ACCOUNT_RULES.maxUnits || !unique.every(isUuid))
    throw badInput(
      `${prefix}unitIds`,
      `最多${ACCOUNT_RULES.maxUnits}个单位编号。At most ${ACCOUNT_RULES.maxUnits} unit ids.`,
    );
  return unique;
}

export const isActiveAdmin = (account: Pick<Account, 'roles' | 'status'>) =>
  account.status === AccountStatus.ACTIVE && account.roles.includes(Role.ADMIN);

export const lastAdmin = () =>
  new DomainError(
    ErrorCode.CONFLICT,
    '这是最后一个有效的管理员账号，不能停用或取消其管理员角色。This is the last active administrator: it cannot be disabled or lose the role.',
  );

export const sameMembers = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
