import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another when read out on the phone
 * or copied by hand: no 0/O, 1/I/L, U/V, 2/Z, 5/S, 8/B.
 */
export const TRACKING_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const LENGTH = 10;

/**
 * A tracking code such as `K7QA-9MXC-3T`: random (≈45 bits, so not guessable, and never
 * sequential), grouped for reading out. Tracking also needs the phone's last 4 digits.
 * `draw` picks a letter (a cryptographic draw; the history generator passes its seeded one).
 */
export function newTrackingCode(draw: (below: number) => number = randomInt): string {
  let raw = '';
  for (let i = 0; i < LENGTH; i++) raw += TRACKING_ALPHABET[draw(TRACKING_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** Accepts what a citizen types: any case, with or without dashes and spaces. */
export function normalizeTrackingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== LENGTH || [...raw].some((c) => !TRACKING_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}
