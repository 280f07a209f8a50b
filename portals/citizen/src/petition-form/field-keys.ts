import type { StepId } from '../draft/petition-draft';

/**
 * The form's own names for its fields, e.g. `petitioners.0.phone`; each is also the id of
 * its input (see {@link fieldId}), so a problem can be shown on it and focused.
 */
export type FieldKey =
  | 'kind'
  | 'category'
  | 'region'
  | 'address'
  | 'title'
  | 'content'
  | 'respondent'
  | 'confidential'
  | 'petitioners'
  | `petitioners.${number}.${PersonField}`
  | 'peopleInvolved'
  | `agent.${AgentField}`
  | 'attachments';

export type PersonField = 'name' | 'phone' | 'idNumber' | 'address';
export type AgentField = 'name' | 'phone' | 'idNumber' | 'relationship' | 'powerOfAttorney';

/** The DOM id of a field's input (the first control of a group). */
export const fieldId = (field: string): string => `field-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;

const DIRECT: Record<string, FieldKey> = {
  kind: 'kind',
  categoryCode: 'category',
  regionCode: 'region',
  address: 'address',
  title: 'title',
  content: 'content',
  respondentUnitId: 'respondent',
  confidential: 'confidential',
  petitioners: 'petitioners',
  peopleInvolved: 'peopleInvolved',
  agent: 'agent.name',
  'agent.name': 'agent.name',
  'agent.phone': 'agent.phone',
  'agent.idNumber': 'agent.idNumber',
  'agent.relationship': 'agent.relationship',
  'agent.powerOfAttorneyAttachmentId': 'agent.powerOfAttorney',
  attachmentIds: 'attachments',
};

/**
 * The form field a server error names (`extensions.field` of BAD_USER_INPUT, in the
 * input's own terms: `title`, `petitioners[0].phone`, `attachmentIds[2]`, …), or null for
 * one the form does not show.
 */
export function fieldFromServer(field: string | undefined): FieldKey | null {
  if (!field) return null;
  if (Object.hasOwn(DIRECT, field)) return DIRECT[field]!;
  const person = /^petitioners\[(\d+)\](?:\.(name|phone|idNumber|address))?$/.exec(field);
  if (person)
    return person[2] ? (`petitioners.${Number(person[1])}.${person[2] as PersonField}` as const) : 'petitioners';
  if (/^attachmentIds\[\d+\]$/.test(field)) return 'attachments';
  return null;
}

/** The step of the form that shows a field. */
export function stepOf(field: FieldKey): StepId {
  if (field === 'kind') return 'kind';
  if (field === 'category' || field === 'region' || field === 'address') return 'place';
  if (field === 'title' || field === 'content' || field === 'respondent' || field === 'confidential') return 'content';
  if (field === 'attachments') return 'files';
  return 'people';
}
