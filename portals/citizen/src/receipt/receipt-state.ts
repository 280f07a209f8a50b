import type { PetitionKind, SubmitPetitionResult } from '@tjxf/graphql-client';

/**
 * What the receipt page shows, handed over in the history entry's state (not in storage):
 * a reload of the receipt keeps it, and it is gone with the tab.
 */
export interface ReceiptState {
  result: SubmitPetitionResult;
  kind: PetitionKind;
  categoryCode: string;
  regionName: string;
  title: string;
  content: string;
  /** The last 4 digits of the first petitioner's phone, to track with. */
  phoneLast4: string | null;
  submittedAt: string;
  /** From the suggestions entry (献计献策). */
  suggestion: boolean;
}

export const isReceiptState = (value: unknown): value is ReceiptState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ReceiptState).result?.petition?.trackingCode === 'string' &&
  typeof (value as ReceiptState).title === 'string';

/** The last four digits of a phone number as typed, or null. */
export function phoneLast4(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}
