import { LIMITS, type SuggestionDraft } from '../draft/petition-draft';
import type { Problem } from '../petition-form/problems';

/** The short form's fields. */
export type SuggestionField = 'title' | 'content' | 'region' | 'name' | 'phone';

const SERVER_FIELDS: Record<string, SuggestionField> = {
  title: 'title',
  content: 'content',
  regionCode: 'region',
  'petitioners[0].name': 'name',
  'petitioners[0].phone': 'phone',
  petitioners: 'name',
};

/** The field of the short form a server error names, or null. */
export const suggestionFieldFromServer = (field: string | undefined): SuggestionField | null =>
  field && Object.hasOwn(SERVER_FIELDS, field) ? SERVER_FIELDS[field]! : null;

/** What must be fixed before sending a suggestion. */
export function validateSuggestion(draft: SuggestionDraft, signedIn: boolean): Problem<SuggestionField>[] {
  const problems: Problem<SuggestionField>[] = [];
  const need = (field: SuggestionField, key: string, values?: Record<string, number>) =>
    problems.push({ field, message: values ? { key, values } : { key } });
  if (!draft.title.trim()) need('title', 'problems.titleRequired');
  else if (draft.title.trim().length > LIMITS.titleMax) need('title', 'problems.tooLong', { max: LIMITS.titleMax });
  if (!draft.content.trim()) need('content', 'problems.contentRequired');
  else if (draft.content.trim().length > LIMITS.contentMax)
    need('content', 'problems.tooLong', { max: LIMITS.contentMax });
  if (!draft.name.trim()) need('name', 'problems.nameRequiredOne');
  if (!signedIn && !draft.phone.trim()) need('phone', 'problems.phoneRequiredAnonymous');
  return problems;
}
