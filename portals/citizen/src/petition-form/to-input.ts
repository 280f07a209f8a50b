import type { SubmitPetitionInput } from '@tjxf/graphql-client';
import {
  SUGGESTION_CATEGORY,
  TIANJIN_REGION_CODE,
  type PetitionDraft,
  type SuggestionDraft,
} from '../draft/petition-draft';

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The submission of a complete petition draft (validated step by step before). */
export function petitionInput(draft: PetitionDraft): SubmitPetitionInput {
  return {
    idempotencyKey: draft.idempotencyKey,
    kind: draft.kind || 'COMPLAINT',
    categoryCode: draft.category.at(-1) ?? '',
    regionCode: draft.region.at(-1)?.code ?? '',
    address: optional(draft.address),
    title: draft.title,
    content: draft.content,
    petitioners: draft.petitioners.map((p) => ({
      name: p.name,
      phone: optional(p.phone),
      idNumber: optional(p.idNumber),
      address: optional(p.address),
    })),
    respondentUnitId: draft.respondentUnit?.id ?? null,
    confidential: draft.confidential,
    peopleInvolved: draft.collective ? Number(draft.peopleInvolved) : null,
    agent:
      draft.withAgent && draft.agent.powerOfAttorney
        ? {
            name: draft.agent.name,
            phone: draft.agent.phone,
            idNumber: optional(draft.agent.idNumber),
            relationship: optional(draft.agent.relationship),
            powerOfAttorneyAttachmentId: draft.agent.powerOfAttorney.id,
          }
        : null,
    attachmentIds: draft.attachments.map((a) => a.id),
  };
}

/** A suggestion to the government (献计献策): kind SUGGESTION, category 献计献策. */
export function suggestionInput(draft: SuggestionDraft): SubmitPetitionInput {
  return {
    idempotencyKey: draft.idempotencyKey,
    kind: 'SUGGESTION',
    categoryCode: SUGGESTION_CATEGORY,
    regionCode: draft.district?.code ?? TIANJIN_REGION_CODE,
    title: draft.title,
    content: draft.content,
    petitioners: [{ name: draft.name, phone: optional(draft.phone) }],
  };
}
