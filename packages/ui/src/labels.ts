import type { RepresentativeKind, Role } from '@tjxf/graphql-client';
import { zhCN, type CommonMessages, type TFunction } from '@tjxf/i18n';

/**
 * A role as the user knows it: a representative is named by kind (人大代表 / 政协委员 /
 * 党代会代表), since "representative" alone says little.
 */
export function roleLabel(t: TFunction, role: Role, representativeKind?: RepresentativeKind | null): string {
  if (role === 'REPRESENTATIVE' && representativeKind) return t(`representativeKind.${representativeKind}`);
  return t(`role.${role}`);
}

/** All roles of an account, in the current language's list style. */
export function rolesLabel(
  t: TFunction,
  roles: readonly Role[],
  representativeKind: RepresentativeKind | null | undefined,
  language: string,
): string {
  const labels = roles.map((role) => roleLabel(t, role, representativeKind));
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(labels);
}

/** A rule set by name (e.g. 《信访工作条例》（2022）); a code the portal does not know yet shows as it is. */
export function ruleSetLabel(t: TFunction, code: string): string {
  return isKnownRuleSet(code) ? t(`ruleSet.${code}`) : code;
}

const isKnownRuleSet = (code: string): code is keyof CommonMessages['ruleSet'] => Object.hasOwn(zhCN.ruleSet, code);

/** A history entry's action; actions this portal does not know yet get a generic label. */
export function historyActionLabel(t: TFunction, action: string): string {
  return Object.hasOwn(zhCN.historyAction, action)
    ? t(`historyAction.${action as keyof CommonMessages['historyAction']}`)
    : t('historyAction.OTHER');
}
