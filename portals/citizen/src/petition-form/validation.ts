import { idNumberProblem, type IdNumberProblem } from '@tjxf/domain';
import { LIMITS, STEPS, type PetitionDraft, type StepId } from '../draft/petition-draft';
import type { FieldKey } from './field-keys';
import type { OwnMessage, Problem } from './problems';

export interface ValidationContext {
  /** Without an account, the first petitioner's phone is how the petition is tracked. */
  signedIn: boolean;
}

type Check = Problem<FieldKey>;
const problem = (field: FieldKey, key: string, values?: Record<string, string | number>): Check => ({
  field,
  message: values ? { key, values } : { key },
});
const blank = (value: string) => value.trim() === '';

const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  length: 'problems.idNumberLength',
  characters: 'problems.idNumberCharacters',
  'birth-date': 'problems.idNumberBirthDate',
  'check-digit': 'problems.idNumberCheckDigit',
};

/** What is wrong with a resident ID number as typed (GB 11643, its check digit too), or null; blank is no problem. */
export function idNumberCheck(value: string): OwnMessage | null {
  if (blank(value)) return null;
  const found = idNumberProblem(value);
  return found ? { key: ID_NUMBER_MESSAGES[found], values: { count: value.trim().length } } : null;
}

/**
 * What must be fixed before leaving a step: what is required, the lengths and the ID numbers'
 * check digits. Phone numbers are the server's to judge; its answer names the field.
 */
export function validateStep(step: StepId, draft: PetitionDraft, context: ValidationContext): Check[] {
  const problems: Check[] = [];
  switch (step) {
    case 'kind':
      if (!draft.kind) problems.push(problem('kind', 'problems.kindRequired'));
      break;
    case 'place':
      if (draft.category.length < 3) problems.push(problem('category', 'problems.categoryRequired'));
      if (draft.region.length < 1) problems.push(problem('region', 'problems.regionRequired'));
      if (draft.address.trim().length > LIMITS.addressMax)
        problems.push(problem('address', 'problems.tooLong', { max: LIMITS.addressMax }));
      break;
    case 'content':
      if (blank(draft.title)) problems.push(problem('title', 'problems.titleRequired'));
      else if (draft.title.trim().length > LIMITS.titleMax)
        problems.push(problem('title', 'problems.tooLong', { max: LIMITS.titleMax }));
      if (blank(draft.content)) problems.push(problem('content', 'problems.contentRequired'));
      else if (draft.content.trim().length > LIMITS.contentMax)
        problems.push(problem('content', 'problems.tooLong', { max: LIMITS.contentMax }));
      break;
    case 'people':
      problems.push(...peopleProblems(draft, context));
      break;
    case 'files':
      if (draft.attachments.length > LIMITS.attachmentsMax)
        problems.push(problem('attachments', 'problems.tooManyFiles', { max: LIMITS.attachmentsMax }));
      break;
    case 'review':
      return STEPS.filter((s) => s !== 'review').flatMap((s) => validateStep(s, draft, context));
  }
  return problems;
}

function peopleProblems(draft: PetitionDraft, { signedIn }: ValidationContext): Check[] {
  const problems: Check[] = [];
  draft.petitioners.forEach((person, i) => {
    const n = i + 1;
    if (blank(person.name)) problems.push(problem(`petitioners.${i}.name`, 'problems.nameRequired', { n }));
    else if (person.name.trim().length > LIMITS.nameMax)
      problems.push(problem(`petitioners.${i}.name`, 'problems.tooLong', { max: LIMITS.nameMax }));
    if (i === 0 && !signedIn && blank(person.phone))
      problems.push(problem('petitioners.0.phone', 'problems.phoneRequiredAnonymous'));
    const id = idNumberCheck(person.idNumber);
    if (id) problems.push({ field: `petitioners.${i}.idNumber`, message: id });
    if (person.address.trim().length > LIMITS.addressMax)
      problems.push(problem(`petitioners.${i}.address`, 'problems.tooLong', { max: LIMITS.addressMax }));
  });
  if (draft.petitioners.length > LIMITS.petitionersMax)
    problems.push(problem('petitioners', 'problems.tooManyPetitioners', { max: LIMITS.petitionersMax }));
  if (draft.collective) {
    const min = draft.petitioners.length + 1;
    const count = Number(draft.peopleInvolved);
    if (!/^\d+$/.test(draft.peopleInvolved.trim()) || count < min || count > LIMITS.peopleInvolvedMax)
      problems.push(problem('peopleInvolved', 'problems.peopleInvolved', { min }));
  }
  if (draft.withAgent) {
    if (blank(draft.agent.name)) problems.push(problem('agent.name', 'problems.agentNameRequired'));
    if (blank(draft.agent.phone)) problems.push(problem('agent.phone', 'problems.agentPhoneRequired'));
    const id = idNumberCheck(draft.agent.idNumber);
    if (id) problems.push({ field: 'agent.idNumber', message: id });
    if (!draft.agent.powerOfAttorney)
      problems.push(problem('agent.powerOfAttorney', 'problems.powerOfAttorneyRequired'));
  }
  return problems;
}
