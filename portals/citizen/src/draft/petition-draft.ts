import type { PetitionKind, UploadedFile } from '@tjxf/graphql-client';

/** The steps of the online petition form, in order. */
export const STEPS = ['kind', 'place', 'content', 'people', 'files', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** Limits the server enforces too (intake validation), checked here first. */
export const LIMITS = {
  titleMax: 200,
  contentMax: 20_000,
  /** A collective petition names at most 5 representatives (R-P3, Art. 20). */
  petitionersMax: 5,
  attachmentsMax: 5,
  fileMaxBytes: 10 * 1024 * 1024,
  nameMax: 50,
  addressMax: 200,
  peopleInvolvedMax: 100_000,
} as const;

/** Suggestions to the government (献计献策) are filed under this category. */
export const SUGGESTION_CATEGORY = '120101';
/** Tianjin as a whole: the region of a suggestion that names no district. */
export const TIANJIN_REGION_CODE = '120000';

/** A file already stored by the server: what the draft keeps of it. */
export type AttachmentRef = Pick<UploadedFile, 'id' | 'fileName' | 'contentType' | 'size'>;

/** A region chosen in the picker (a unit of kind REGION). */
export interface RegionChoice {
  id: string;
  code: string;
  name: string;
}

export interface PersonDraft {
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
  powerOfAttorney: AttachmentRef | null;
}

/** Everything typed into the petition form so far; kept in sessionStorage until it is sent. */
export interface PetitionDraft {
  /** Chosen once per draft, so that a retry or a double click never files twice. */
  idempotencyKey: string;
  step: StepId;
  kind: PetitionKind | '';
  /** The chosen category codes, level 1 to 3. */
  category: string[];
  /** The chosen regions, district first, then street and community where given. */
  region: RegionChoice[];
  address: string;
  title: string;
  content: string;
  /** Where the unit complained about is: a region unit's id, or '' for none chosen. */
  respondentAreaId: string;
  respondentUnit: { id: string; name: string } | null;
  confidential: boolean;
  petitioners: PersonDraft[];
  /** More people are involved than the petitioners named (a collective petition). */
  collective: boolean;
  peopleInvolved: string;
  withAgent: boolean;
  agent: AgentDraft;
  attachments: AttachmentRef[];
}

export const emptyPerson = (): PersonDraft => ({ name: '', phone: '', idNumber: '', address: '' });

export function newPetitionDraft(idempotencyKey: string = crypto.randomUUID()): PetitionDraft {
  return {
    idempotencyKey,
    step: 'kind',
    kind: '',
    category: [],
    region: [],
    address: '',
    title: '',
    content: '',
    respondentAreaId: '',
    respondentUnit: null,
    confidential: false,
    petitioners: [emptyPerson()],
    collective: false,
    peopleInvolved: '',
    withAgent: false,
    agent: { name: '', phone: '', idNumber: '', relationship: '', powerOfAttorney: null },
    attachments: [],
  };
}

/** The short form for suggestions to the government (献计献策). */
export interface SuggestionDraft {
  idempotencyKey: string;
  title: string;
  content: string;
  /** A district, or null for Tianjin as a whole. */
  district: RegionChoice | null;
  name: string;
  phone: string;
}

export function newSuggestionDraft(idempotencyKey: string = crypto.randomUUID()): SuggestionDraft {
  return { idempotencyKey, title: '', content: '', district: null, name: '', phone: '' };
}
