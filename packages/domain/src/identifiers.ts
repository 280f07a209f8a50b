const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** What is wrong with a resident ID number, in the order a person typing it meets it. */
export type IdNumberProblem = 'length' | 'characters' | 'birth-date' | 'check-digit';

/**
 * What is wrong with a resident identity card number (GB 11643-1999): 18 characters, digits
 * but the last (a digit or X), a valid birth date, and the ISO 7064 MOD 11-2 check character;
 * null when nothing is. Shared by the server's validation and the citizen portal's, which says
 * it while the number is typed.
 */
export function idNumberProblem(input: string): IdNumberProblem | null {
  const id = input.trim().toUpperCase();
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || date > new Date())
    return 'birth-date';
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17] ? null : 'check-digit';
}

/** A resident ID number upper-cased, or null when {@link idNumberProblem} finds something wrong. */
export function normalizeIdNumber(input: string): string | null {
  return idNumberProblem(input) ? null : input.trim().toUpperCase();
}
