import { invalidField } from '@tjxf/domain';

/** A mainland China mobile number: 11 digits, 1 then 3–9 (工信部 numbering plan). */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * The 11 digits of a mainland mobile number as people type it (spaces, hyphens, a +86 or 86
 * country prefix allowed), or a BAD_USER_INPUT on `field`.
 */
export function checkPhone(raw: string, field: string): string {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (!MAINLAND_MOBILE.test(digits)) throw invalidField(field, 'PHONE_FORMAT');
  return digits;
}
