import {
  STEPS,
  LIMITS,
  newPetitionDraft,
  newSuggestionDraft,
  type AttachmentRef,
  type PetitionDraft,
  type RegionChoice,
  type SuggestionDraft,
} from './petition-draft';

/**
 * Drafts live in sessionStorage, never localStorage: they hold names, phones and ID numbers,
 * and on a shared computer nothing of them may outlive the tab.
 */
export const DRAFT_KEYS = {
  petition: 'tjxf.citizen.petitionDraft',
  suggestion: 'tjxf.citizen.suggestionDraft',
} as const;

export interface DraftStore<T> {
  load(): T | null;
  save(draft: T): void;
  clear(): void;
}

/** A draft kept under `key`, read back through `parse` (anything unreadable is dropped). */
export function draftStore<T>(
  key: string,
  parse: (raw: unknown) => T | null,
  storage = sessionStorageOrNull(),
): DraftStore<T> {
  return {
    load() {
      try {
        const text = storage?.getItem(key);
        return text ? parse(JSON.parse(text)) : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage?.setItem(key, JSON.stringify(draft));
      } catch {
        // storage full or blocked: the draft lives on in memory for this visit
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // nothing to clear
      }
    },
  };
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = LIMITS.contentMax * 2): string =>
  typeof value === 'string' ? value.slice(0, max) : '';
const flag = (value: unknown): boolean => value === true;
const list = (value: unknown, max: number): unknown[] => (Array.isArray(value) ? value.slice(0, max) : []);

function region(value: unknown): RegionChoice | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.code !== 'string') return null;
  return { id: value.id, code: value.code, name: text(value.name, 100) };
}

function attachment(value: unknown): AttachmentRef | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.fileName !== 'string') return null;
  return {
    id: value.id,
    fileName: text(value.fileName, 200),
    contentType: text(value.contentType, 200),
    size: typeof value.size === 'number' ? value.size : 0,
  };
}

const present = <T>(value: T | null): value is T => value !== null;

/** A stored petition draft, checked field by field; null when it is not one. */
export function parsePetitionDraft(raw: unknown): PetitionDraft | null {
  if (!isObject(raw) || typeof raw.idempotencyKey !== 'string' || raw.idempotencyKey.length < 8) return null;
  const fresh = newPetitionDraft(raw.idempotencyKey);
  const agent = isObject(raw.agent) ? raw.agent : {};
  const respondent = isObject(raw.respondentUnit) ? raw.respondentUnit : null;
  const petitioners = list(raw.petitioners, LIMITS.petitionersMax)
    .filter(isObject)
    .map((p) => ({ name: text(p.name), phone: text(p.phone), idNumber: text(p.idNumber), address: text(p.address) }));
  return {
    ...fresh,
    step: STEPS.includes(raw.step as never) ? (raw.step as PetitionDraft['step']) : fresh.step,
    kind: raw.kind === 'SUGGESTION' || raw.kind === 'REPORT' || raw.kind === 'COMPLAINT' ? raw.kind : '',
    category: list(raw.category, 3).filter((c): c is string => typeof c === 'string' && /^\d{2,6}$/.test(c)),
    region: list(raw.region, 3).map(region).filter(present),
    address: text(raw.address),
    title: text(raw.title),
    content: text(raw.content),
    respondentAreaId: text(raw.respondentAreaId, 100),
    respondentUnit:
      respondent && typeof respondent.id === 'string' ? { id: respondent.id, name: text(respondent.name, 200) } : null,
    confidential: flag(raw.confidential),
    petitioners: petitioners.length ? petitioners : fresh.petitioners,
    collective: flag(raw.collective),
    peopleInvolved: text(raw.peopleInvolved, 10),
    withAgent: flag(raw.withAgent),
    agent: {
      name: text(agent.name),
      phone: text(agent.phone),
      idNumber: text(agent.idNumber),
      relationship: text(agent.relationship),
      powerOfAttorney: attachment(agent.powerOfAttorney),
    },
    attachments: list(raw.attachments, LIMITS.attachmentsMax).map(attachment).filter(present),
  };
}

/** A stored suggestion draft; null when it is not one. */
export function parseSuggestionDraft(raw: unknown): SuggestionDraft | null {
  if (!isObject(raw) || typeof raw.idempotencyKey !== 'string' || raw.idempotencyKey.length < 8) return null;
  return {
    ...newSuggestionDraft(raw.idempotencyKey),
    title: text(raw.title),
    content: text(raw.content),
    district: region(raw.district),
    name: text(raw.name),
    phone: text(raw.phone),
  };
}
