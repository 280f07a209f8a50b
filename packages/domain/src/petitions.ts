/** Statuses of a petition (CONTRACT.md). The state machine arrives with the procedure. */
export const PetitionStatus = {
  REGISTERED: 'REGISTERED',
  AWAITING_ACCEPTANCE: 'AWAITING_ACCEPTANCE',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  REDIRECTED: 'REDIRECTED',
  REPLIED: 'REPLIED',
  IN_REVIEW: 'IN_REVIEW',
  REVIEWED: 'REVIEWED',
  IN_RE_REVIEW: 'IN_RE_REVIEW',
  RE_REVIEWED: 'RE_REVIEWED',
  CONCLUDED: 'CONCLUDED',
} as const;
export type PetitionStatus = (typeof PetitionStatus)[keyof typeof PetitionStatus];

/** Legal classification (R-P2). */
export const PetitionKind = {
  SUGGESTION: 'SUGGESTION',
  REPORT: 'REPORT',
  COMPLAINT: 'COMPLAINT',
} as const;
export type PetitionKind = (typeof PetitionKind)[keyof typeof PetitionKind];

/** How a petition arrived (R-CH1, GLOSSARY). */
export const Channel = {
  ONLINE: 'ONLINE',
  LETTER: 'LETTER',
  VISIT: 'VISIT',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  FAX: 'FAX',
  HOTLINE_TRANSFER: 'HOTLINE_TRANSFER',
  AGENCY_IMPORT: 'AGENCY_IMPORT',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
