import { idNumberProblem } from '@tjxf/domain';
import type { Channel, PetitionKind, RegisterPetitionInput } from '@tjxf/graphql-client';

/** Channels the front desk records (online petitions file themselves, R-CH1). */
export const DESK_CHANNELS = [
  'LETTER',
  'VISIT',
  'PHONE',
  'FAX',
  'EMAIL',
  'HOTLINE_TRANSFER',
] as const satisfies Channel[];
export type DeskChannel = (typeof DESK_CHANNELS)[number];

/** Channels whose petition staff may write down from what is said. */
export const ORAL_CHANNELS: readonly DeskChannel[] = ['VISIT', 'PHONE'];

/** At most five representatives of a collective petition (R-P3, Art. 20). */
export const REPRESENTATIVES_MAX = 5;

export interface PersonDraft {
  key: string;
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

export interface AgentDraft {
  name: string;
  phone: string;
  idNumber: string;
  relationship: string;
  powerOfAttorney: { id: string; fileName: string } | null;
}

export interface RegistrationDraft {
  idempotencyKey: string;
  channel: DeskChannel;
  /** `datetime-local`, Beijing time. */
  receivedAt: string;
  postmarkedOn: string;
  kind: PetitionKind;
  categoryCode: string;
  regionCode: string;
  title: string;
  content: string;
  petitioners: PersonDraft[];
  peopleInvolved: string;
  withAgent: boolean;
  agent: AgentDraft;
  writtenDownByStaff: boolean;
  readBackConfirmed: boolean;
  attachments: { id: string; fileName: string }[];
  notAcceptedAsSkippedLevel: boolean;
}

export const newPerson = (): PersonDraft => ({
  key: crypto.randomUUID(),
  name: '',
  phone: '',
  idNumber: '',
  address: '',
});

/** The current minute in Beijing, as a `datetime-local` value. */
export function beijingNow(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Beijing time. */
export const fromBeijingLocal = (value: string) => new Date(`${value}:00+08:00`);

export function emptyDraft(): RegistrationDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    channel: 'VISIT',
    receivedAt: beijingNow(),
    postmarkedOn: '',
    kind: 'COMPLAINT',
    categoryCode: '',
    regionCode: '',
    title: '',
    content: '',
    petitioners: [newPerson()],
    peopleInvolved: '',
    withAgent: false,
    agent: { name: '', phone: '', idNumber: '', relationship: '', powerOfAttorney: null },
    writtenDownByStaff: false,
    readBackConfirmed: false,
    attachments: [],
    notAcceptedAsSkippedLevel: false,
  };
}

/** What the form finds wrong while typing: field name (as the server names it) to message key. */
export type DraftProblems = Record<string, string>;

/** The checks the form makes as the officer types; the server makes them again. */
export function draftProblems(draft: RegistrationDraft, now = new Date()): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.receivedAt) problems.receivedAt = 'frontDesk.problem.receivedAtRequired';
  else if (fromBeijingLocal(draft.receivedAt).getTime() > now.getTime() + 60_000)
    problems.receivedAt = 'frontDesk.problem.receivedAtFuture';
  if (
    draft.channel === 'LETTER' &&
    draft.postmarkedOn &&
    draft.receivedAt &&
    draft.postmarkedOn > draft.receivedAt.slice(0, 10)
  )
    problems.postmarkedOn = 'frontDesk.problem.postmarkAfterArrival';
  draft.petitioners.forEach((person, i) => {
    if (person.idNumber.trim() && idNumberProblem(person.idNumber))
      problems[`petitioners[${i}].idNumber`] = `frontDesk.problem.idNumber.${idNumberProblem(person.idNumber)}`;
  });
  if (draft.withAgent) {
    if (draft.agent.idNumber.trim() && idNumberProblem(draft.agent.idNumber))
      problems['agent.idNumber'] = `frontDesk.problem.idNumber.${idNumberProblem(draft.agent.idNumber)}`;
    if (!draft.agent.powerOfAttorney)
      problems['agent.powerOfAttorneyAttachmentId'] = 'frontDesk.problem.powerOfAttorney';
  }
  if (draft.writtenDownByStaff && !draft.readBackConfirmed) problems.readBackConfirmed = 'frontDesk.problem.readBack';
  return problems;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The draft as `registerPetition` takes it. */
export function toRegisterInput(draft: RegistrationDraft): RegisterPetitionInput {
  const oral = ORAL_CHANNELS.includes(draft.channel) && draft.writtenDownByStaff;
  return {
    idempotencyKey: draft.idempotencyKey,
    channel: draft.channel,
    receivedAt: fromBeijingLocal(draft.receivedAt).toISOString(),
    postmarkedOn: draft.channel === 'LETTER' ? orNull(draft.postmarkedOn) : null,
    kind: draft.kind,
    categoryCode: draft.categoryCode,
    regionCode: draft.regionCode,
    title: draft.title,
    content: draft.content,
    petitioners: draft.petitioners
      .filter((p) => p.name.trim() || p.phone.trim() || p.idNumber.trim())
      .map((p) => ({ name: p.name, phone: orNull(p.phone), idNumber: orNull(p.idNumber), address: orNull(p.address) })),
    peopleInvolved: draft.peopleInvolved ? Number(draft.peopleInvolved) : null,
    agent: draft.withAgent
      ? {
          name: draft.agent.name,
          phone: draft.agent.phone,
          idNumber: orNull(draft.agent.idNumber),
          relationship: orNull(draft.agent.relationship),
          powerOfAttorneyAttachmentId: draft.agent.powerOfAttorney?.id ?? null,
        }
      : null,
    attachmentIds: draft.attachments.map((a) => a.id),
    writtenDownByStaff: oral,
    readBackConfirmed: oral && draft.readBackConfirmed,
    notAcceptedAsSkippedLevel: draft.notAcceptedAsSkippedLevel,
  };
}
