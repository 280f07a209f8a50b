import type { keyPersonsZhCN } from './key-persons.zh-CN';

/**
 * The key-person register's words (R-P5), loaded with its page (lazy-messages.ts): spread into
 * `keyPersons` of the workbench's messages.
 */
export const keyPersonsEn: typeof keyPersonsZhCN = {
  title: 'Key-person register',
  intro:
    'People the area’s petition offices mark as key persons (R-P5), with the basis and a review date; removed with a reason. Every read and change is logged for the area’s leaders.',
  notYours: 'Petition offices keep the register; the area’s leaders supervise who reads it.',
  list: 'On the register',
  listLogged: 'This listing has been logged.',
  none: 'Nobody in the area is on the register.',
  name: 'Name',
  nameHint: '',
  contact: 'Contact (masked)',
  phone: 'Mobile phone',
  phoneHint: 'A phone or an ID number, or both.',
  idNumber: 'ID number',
  idNumberHint: 'The 18-character resident ID number.',
  basis: 'Basis',
  basisHint: 'The facts and reasons, at least 10 characters.',
  reviewOn: 'Review date',
  reviewOnHint: 'When to decide whether the mark stays: within a year.',
  office: 'Office',
  add: 'Mark a person',
  addSubmit: 'Mark',
  added: 'Marked.',
  remove: 'Remove the mark of {{name}}',
  removeSubmit: 'Remove the mark',
  removalReason: 'Reason',
  removalHint: 'What the review found, at least 10 characters; the mark stays on record, removed.',
  enquiry: 'Answer a person who asks',
  enquiryIntro:
    'A person who asks in person, identified, whether they are marked is told the truth. Enter their phone or ID number. The answer is logged.',
  enquirySubmit: 'Look up',
  answerMarked: 'The person is on the register:',
  answerMark: 'Marked by {{office}} on {{date}}, review on {{review}}.',
  answerNotMarked: 'The person is not on the area’s register.',
  log: 'Reads and changes',
  logIntro: 'Every listing, mark, removal and answer on the area’s register, newest first.',
  logEmpty: 'Nothing yet.',
  at: 'When',
  action: 'What',
  actions: { READ: 'Listed', ADD: 'Marked', REMOVE: 'Removed', ENQUIRY: 'Answered the person' },
};
