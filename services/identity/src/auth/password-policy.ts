import { randomInt } from 'node:crypto';
import { invalidField } from '@tjxf/domain';

/** What a password someone chooses must be. Defaults kept here, in one place. */
export const PASSWORD_RULES = {
  /** Characters (code points), so a Chinese passphrase counts as it reads. */
  minLength: 10,
  maxLength: 256,
  /** A temporary password (new account, reset) works this long, and only to choose a new one. */
  temporaryHours: 72,
} as const;

// no 0/O, 1/l/I: read aloud or copied from paper without mistakes
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random temporary password, four groups of four (about 79 bits): `k7mq-r2xd-9hnp-4wtc`. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

export const temporaryPasswordExpiry = (from = new Date()) =>
  new Date(from.getTime() + PASSWORD_RULES.temporaryHours * 3600 * 1000);

/** Refuses a new password that is too short or too long, or is (or contains) the username. */
export function checkNewPassword(password: string, username: string, field = 'newPassword'): void {
  const length = [...password].length;
  if (length < PASSWORD_RULES.minLength || length > PASSWORD_RULES.maxLength) {
    throw invalidField(field, 'PASSWORD_LENGTH', {
      min: PASSWORD_RULES.minLength,
      max: PASSWORD_RULES.maxLength,
    });
  }
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    throw invalidField(field, 'PASSWORD_CONTAINS_USERNAME');
  }
}
