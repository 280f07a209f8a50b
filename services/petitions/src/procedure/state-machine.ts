import { PetitionStatus } from '@tjxf/domain';

/** What can be done to a petition in the procedure (R-P6 to R-P13). */
export const PetitionAction = {
  /** 转送: the receiving unit owns it (R-P6). */
  FORWARD: 'FORWARD',
  /** 交办: the unit must report the result by a set date (R-P6). */
  ASSIGN: 'ASSIGN',
  /** 告知: another channel; a written notice (R-P6, R-P2). */
  REDIRECT: 'REDIRECT',
  ACCEPT: 'ACCEPT',
  DECLINE: 'DECLINE',
  /** Not competent: back to the sender (R-P7). */
  OBJECT: 'OBJECT',
  /** Competence is disputed: the common superior government decides (R-P7, Art. 24). */
  REFER_COMPETENCE: 'REFER_COMPETENCE',
  /** The common superior names the competent unit, which may not object again (R-P7, Art. 24). */
  DECIDE_COMPETENCE: 'DECIDE_COMPETENCE',
  /** One extension of handling, approved by the unit head (R-P8). */
  EXTEND: 'EXTEND',
  REPLY: 'REPLY',
  EVALUATE: 'EVALUATE',
  REQUEST_REVIEW: 'REQUEST_REVIEW',
  DECIDE_REVIEW: 'DECIDE_REVIEW',
  /** A hearing during review: its time does not count (R-P10, Art. 36). */
  HOLD_HEARING: 'HOLD_HEARING',
  END_HEARING: 'END_HEARING',
  /** To people's mediation, a court or arbitration, while handling (R-MED, issue 11). */
  HAND_OFF: 'HAND_OFF',
  /** What came back from it (R-MED). */
  RECORD_HAND_OFF_OUTCOME: 'RECORD_HAND_OFF_OUTCOME',
} as const;
export type PetitionAction = (typeof PetitionAction)[keyof typeof PetitionAction];

/** How each action reads in the timeline and in events (`PetitionForwarded`, …). */
export const HISTORY_ACTION: Record<PetitionAction, string> = {
  FORWARD: 'FORWARDED',
  ASSIGN: 'ASSIGNED',
  REDIRECT: 'REDIRECTED',
  ACCEPT: 'ACCEPTED',
  DECLINE: 'DECLINED',
  OBJECT: 'OBJECTED',
  REFER_COMPETENCE: 'COMPETENCE_REFERRED',
  DECIDE_COMPETENCE: 'COMPETENCE_DECIDED',
  EXTEND: 'EXTENDED',
  REPLY: 'REPLIED',
  EVALUATE: 'EVALUATED',
  REQUEST_REVIEW: 'REVIEW_REQUESTED',
  DECIDE_REVIEW: 'REVIEW_DECIDED',
  HOLD_HEARING: 'HEARING_STARTED',
  END_HEARING: 'HEARING_ENDED',
  HAND_OFF: 'HANDED_OFF',
  RECORD_HAND_OFF_OUTCOME: 'HAND_OFF_RETURNED',
};

const S = PetitionStatus;
const A = PetitionAction;

/**
 * The procedure as a table: from a status, an action leads to a status. Anything not in it is
 * refused with CONFLICT. Who may act is decided separately (procedure/permissions.ts).
 */
const TRANSITIONS: Record<PetitionStatus, Partial<Record<PetitionAction, PetitionStatus>>> = {
  [S.REGISTERED]: {
    [A.FORWARD]: S.AWAITING_ACCEPTANCE,
    [A.ASSIGN]: S.AWAITING_ACCEPTANCE,
    [A.REDIRECT]: S.REDIRECTED,
    [A.REFER_COMPETENCE]: S.REGISTERED,
    [A.DECIDE_COMPETENCE]: S.AWAITING_ACCEPTANCE,
  },
  [S.AWAITING_ACCEPTANCE]: { [A.ACCEPT]: S.ACCEPTED, [A.DECLINE]: S.DECLINED, [A.OBJECT]: S.REGISTERED },
  [S.ACCEPTED]: {
    [A.EXTEND]: S.ACCEPTED,
    [A.REPLY]: S.REPLIED,
    [A.HAND_OFF]: S.ACCEPTED,
    [A.RECORD_HAND_OFF_OUTCOME]: S.ACCEPTED,
  },
  [S.REPLIED]: { [A.EVALUATE]: S.REPLIED, [A.REQUEST_REVIEW]: S.IN_REVIEW },
  [S.IN_REVIEW]: {
    [A.EVALUATE]: S.IN_REVIEW,
    [A.DECIDE_REVIEW]: S.REVIEWED,
    [A.HOLD_HEARING]: S.IN_REVIEW,
    [A.END_HEARING]: S.IN_REVIEW,
  },
  [S.REVIEWED]: { [A.EVALUATE]: S.REVIEWED, [A.REQUEST_REVIEW]: S.IN_RE_REVIEW },
  [S.IN_RE_REVIEW]: {
    [A.EVALUATE]: S.IN_RE_REVIEW,
    [A.DECIDE_REVIEW]: S.RE_REVIEWED,
    [A.HOLD_HEARING]: S.IN_RE_REVIEW,
    [A.END_HEARING]: S.IN_RE_REVIEW,
  },
  // the re-review opinion is final: the matter is concluded in the same step (R-P10, Art. 37)
  [S.RE_REVIEWED]: {},
  [S.CONCLUDED]: { [A.EVALUATE]: S.CONCLUDED },
  [S.DECLINED]: {},
  [S.REDIRECTED]: {},
};

/** The status an action leads to, or null when the procedure does not allow it now. */
export function nextStatus(from: PetitionStatus, action: PetitionAction): PetitionStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** The actions the procedure allows from a status, whoever asks. */
export function actionsFrom(from: PetitionStatus): PetitionAction[] {
  return Object.keys(TRANSITIONS[from]) as PetitionAction[];
}
