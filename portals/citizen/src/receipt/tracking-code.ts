/**
 * Tracking codes as the server makes them: 10 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U/V, 2/Z, 5/S, 8/B), shown in groups of 4, 4 and 2: `K7QA-9MXC-3T`.
 */
export const TRACKING_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const TRACKING_CODE_LENGTH = 10;

/** What a citizen typed, without spaces and dashes, in capitals. */
export const compactTrackingCode = (input: string): string => input.toUpperCase().replace(/[\s\-_—–]/g, '');

/** Groups a code as it is printed on the receipt (`K7QA9MXC3T` → `K7QA-9MXC-3T`). */
export function formatTrackingCode(input: string): string {
  const raw = compactTrackingCode(input);
  return [raw.slice(0, 4), raw.slice(4, 8), raw.slice(8)].filter(Boolean).join('-');
}

export type TrackingCodeProblem = 'required' | 'length' | 'characters';

/** What is wrong with a typed code, or null when it can be looked up. */
export function trackingCodeProblem(input: string): TrackingCodeProblem | null {
  const raw = compactTrackingCode(input);
  if (!raw) return 'required';
  if ([...raw].some((c) => !TRACKING_ALPHABET.includes(c))) return 'characters';
  if (raw.length !== TRACKING_CODE_LENGTH) return 'length';
  return null;
}

/** The code one character at a time, group by group, for screen readers to read out. */
export const spellTrackingCode = (code: string): string =>
  formatTrackingCode(code)
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
