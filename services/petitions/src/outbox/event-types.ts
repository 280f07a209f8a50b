/**
 * Every event type the petitions service writes to its outbox, with the version of its fields
 * and what each field means: the contract with consumers (docs/events.md lists the same, and
 * a test holds the two together). A change to a type's fields that a consumer could trip on
 * (a field removed, renamed or given another meaning) is a new version; adding a field is not.
 * No event carries who a petitioner is: payloads go through `publishable` (personal-data).
 */
export interface EventTypeSpec {
  version: number;
  /** When it is written. */
  when: string;
  fields: Record<string, string>;
}

/** The fields of every step of the procedure (`act`), before the step's own. */
const STEP = {
  from: 'status before the step',
  to: 'status after the step',
  unitId: 'the unit that took the step (or that it concerns)',
  actorId:
    'the account that took it; left out when that was the petitioner’s own account on a petition that withholds the petitioner’s identity',
} as const;

const DEADLINE = {
  kind: 'the deadline’s kind (ACCEPTANCE, HANDLING, …)',
  unitId: 'the unit whose clock it is, or null',
  dueAt: 'the end of the period (ISO 8601)',
} as const;

const SUPERVISION = {
  orderId: 'the supervision order',
  level: 'REMINDER, SUPERVISION, LISTED, TALK or PUBLIC_NOTICE',
  unitId: 'the unit supervised',
} as const;

export const OUTBOX_EVENT_TYPES = {
  PetitionRegistered: {
    version: 1,
    when: 'a petition is filed online or registered by staff (intake)',
    fields: {
      channel: 'ONLINE, LETTER, VISIT, …',
      kind: 'SUGGESTION, REPORT or COMPLAINT',
      categoryCode: 'the category',
      regionCode: 'GB/T 2260 region code',
      receivingUnitId: 'the petition office that received it',
      respondentUnitId: 'the unit complained about or reported on, or null',
      status: 'the status it starts in (REGISTERED; DECLINED when not accepted under the skipped-level rule)',
      skippedLevel: 'whether it came to the city office past the district office (越级)',
      peopleInvolved: 'how many people the petition is for',
      riskFlags: 'risk flags (without those about the person where the identity is withheld)',
      riskLevel: '0–3',
      repeatOfId: 'the earlier petition it repeats; left out where the identity is withheld',
      legalChannel: 'false',
    },
  },
  PetitionRedirected: {
    version: 1,
    when: 'intake finds the matter belongs to a legal channel (fields of PetitionRegistered, legalChannel true), or the office redirects it (fields of every step)',
    fields: { ...STEP },
  },
  PetitionForwarded: {
    version: 1,
    when: 'the petition office forwards it to a unit (转送)',
    fields: { ...STEP, coHandlingUnitIds: 'units handling it with the lead unit' },
  },
  PetitionAssigned: {
    version: 1,
    when: 'the petition office assigns it to a unit with a report date (交办)',
    fields: { ...STEP, coHandlingUnitIds: 'units handling it with the lead unit' },
  },
  PetitionAccepted: { version: 1, when: 'the unit accepts it', fields: { ...STEP } },
  PetitionDeclined: { version: 1, when: 'the unit declines it', fields: { ...STEP } },
  PetitionObjected: { version: 1, when: 'the unit says it is not competent', fields: { ...STEP } },
  PetitionCompetenceReferred: {
    version: 1,
    when: 'the office refers a competence dispute to the units’ common superior',
    fields: { ...STEP, disputingUnitIds: 'the units in dispute', superiorUnitId: 'who decides' },
  },
  PetitionCompetenceDecided: {
    version: 1,
    when: 'the superior decides which unit is competent',
    fields: { ...STEP, unitId: 'the unit found competent' },
  },
  PetitionExtended: {
    version: 1,
    when: 'handling is extended once',
    fields: { ...STEP, days: 'days added', dueAt: 'the new end of handling (ISO 8601)' },
  },
  PetitionReplied: {
    version: 1,
    when: 'the unit replies',
    fields: { ...STEP, outcome: 'SUPPORTED, EXPLAINED or NOT_SUPPORTED' },
  },
  PetitionEvaluated: {
    version: 1,
    when: 'the petitioner rates the handling',
    fields: { ...STEP, target: 'what was rated', rating: 'SATISFIED, BASICALLY_SATISFIED or UNSATISFIED' },
  },
  PetitionReviewRequested: {
    version: 1,
    when: 'the petitioner asks for review or re-review',
    fields: { ...STEP, reReview: 'true for a re-review' },
  },
  PetitionReviewDecided: {
    version: 1,
    when: 'a review or re-review is decided',
    fields: { ...STEP, outcome: 'SUPPORTED, EXPLAINED or NOT_SUPPORTED', reReview: 'true for a re-review' },
  },
  PetitionHearingStarted: { version: 1, when: 'a hearing pauses the review clock', fields: { ...STEP } },
  PetitionHearingEnded: {
    version: 1,
    when: 'the hearing ends and the clock runs again',
    fields: { ...STEP, pausedDays: 'days the clock stood still' },
  },
  PetitionHandedOff: {
    version: 1,
    when: 'the lead unit hands the matter to people’s mediation, a court or arbitration (R-MED)',
    fields: { ...STEP, handedTo: 'PEOPLES_MEDIATION, COURT or ARBITRATION' },
  },
  PetitionHandOffReturned: {
    version: 1,
    when: 'the outcome of a hand-off is recorded; a clock stopped for a court or arbitration runs again',
    fields: {
      ...STEP,
      handedTo: 'PEOPLES_MEDIATION, COURT or ARBITRATION',
      outcome: 'AGREEMENT, NO_AGREEMENT, DECIDED or WITHDRAWN',
      pausedDays: 'days the handling clock stood still (0 for mediation)',
    },
  },
  TaskCompleted: {
    version: 1,
    when: 'a unit reports a task done (co-handling part, completion report, follow-up)',
    fields: { taskId: 'the task', kind: 'the task’s kind', unitId: 'the unit that reported' },
  },
  TaskOverdue: {
    version: 1,
    when: 'the scheduler finds a task not reported by its date',
    fields: { taskId: 'the task', kind: 'the task’s kind', unitId: 'the unit that owes it' },
  },
  StaffRecused: {
    version: 1,
    when: 'a member of staff withdraws from a petition (回避)',
    fields: { accountId: 'the account that withdrew' },
  },
  PetitionLinkedToAccount: {
    version: 1,
    when: 'a citizen links a petition filed before registering to their account (issue 10)',
    fields: { accountId: 'the citizen’s account, now the petition’s submitter' },
  },
  DeadlineReminder: { version: 1, when: 'the scheduler reminds a unit before a deadline', fields: { ...DEADLINE } },
  DeadlineMet: {
    version: 1,
    when: 'the step a deadline waited for is taken (issue 12: the KPIs count timeliness from it)',
    fields: {
      ...DEADLINE,
      metAt: 'when the step was taken (ISO 8601)',
      onTime: 'whether that was by the end of the period, extensions and pauses counted',
    },
  },
  DeadlineOverdue: { version: 1, when: 'the scheduler flags a passed deadline', fields: { ...DEADLINE } },
  DeadlineRecounted: {
    version: 1,
    when: 'a running deadline is counted again on a changed work calendar (an arrangement published) and its end moved',
    fields: {
      ...DEADLINE,
      previousDueAt: 'the end before (ISO 8601)',
      provisional: 'whether the new end still rests on a year whose arrangement is not published',
      calendarYears: 'the years whose calendar changed',
    },
  },
  SupervisionIssued: {
    version: 1,
    when: 'a supervision order is issued (by staff, or automatically by the scheduler)',
    fields: { ...SUPERVISION },
  },
  SupervisionAnswered: { version: 1, when: 'the unit answers a supervision order', fields: { ...SUPERVISION } },
  SupervisionEscalated: {
    version: 1,
    when: 'the scheduler escalates an unanswered order (the new order’s fields)',
    fields: { ...SUPERVISION },
  },
} as const satisfies Record<string, EventTypeSpec>;

export type OutboxEventType = keyof typeof OUTBOX_EVENT_TYPES;

/** The version an event of `type` is written at; throws for a type not in the registry. */
export function versionOf(type: string): number {
  const spec = (OUTBOX_EVENT_TYPES as Record<string, EventTypeSpec>)[type];
  if (!spec) throw new Error(`outbox event type ${type} is not in OUTBOX_EVENT_TYPES (outbox/event-types.ts)`);
  return spec.version;
}
