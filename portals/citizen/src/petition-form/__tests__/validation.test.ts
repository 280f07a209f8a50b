import { describe, expect, it } from 'vitest';
import { newPetitionDraft, type PetitionDraft } from '../../draft/petition-draft';
import { petitionInput } from '../to-input';
import { validateStep } from '../validation';

const complete = (): PetitionDraft => ({
  ...newPetitionDraft('key-12345678'),
  kind: 'COMPLAINT',
  category: ['01', '0101', '010101'],
  region: [
    { id: 'd', code: '120103', name: '河西区' },
    { id: 's', code: '120103001', name: '大营门街道' },
  ],
  title: '拆迁补偿未到位',
  content: '详细情况……',
  petitioners: [{ name: '张三', phone: '13812345678', idNumber: '', address: '' }],
});
const fields = (draft: PetitionDraft, signedIn = false) =>
  validateStep('review', draft, { signedIn }).map((p) => p.field);

describe('checks before leaving a step', () => {
  it('find nothing in a complete draft', () => {
    expect(fields(complete())).toEqual([]);
  });

  it('ask for what is required, step by step', () => {
    const draft = newPetitionDraft();
    expect(validateStep('kind', draft, { signedIn: false }).map((p) => p.field)).toEqual(['kind']);
    expect(
      validateStep('place', { ...draft, category: ['01', '0101'] }, { signedIn: false }).map((p) => p.field),
    ).toEqual(['category', 'region']);
    expect(validateStep('content', { ...draft, title: '   ' }, { signedIn: false }).map((p) => p.field)).toEqual([
      'title',
      'content',
    ]);
  });

  it('ask for a phone without an account only', () => {
    const draft = { ...complete(), petitioners: [{ name: '张三', phone: '', idNumber: '', address: '' }] };
    expect(fields(draft, false)).toEqual(['petitioners.0.phone']);
    expect(fields(draft, true)).toEqual([]);
  });

  it('hold titles and contents to the server’s limits', () => {
    const problems = validateStep(
      'content',
      { ...complete(), title: '字'.repeat(201), content: '字'.repeat(20_001) },
      { signedIn: true },
    );
    expect(problems).toEqual([
      { field: 'title', message: { key: 'problems.tooLong', values: { max: 200 } } },
      { field: 'content', message: { key: 'problems.tooLong', values: { max: 20_000 } } },
    ]);
  });

  it('want more people involved than petitioners named in a collective petition, and an agent’s power of attorney', () => {
    const draft = { ...complete(), collective: true, peopleInvolved: '1', withAgent: true };
    expect(fields(draft)).toEqual(['peopleInvolved', 'agent.name', 'agent.phone', 'agent.powerOfAttorney']);
    expect(fields({ ...draft, peopleInvolved: '30', withAgent: false })).toEqual([]);
  });
});

describe('the submission', () => {
  it('sends the deepest category and region, optional fields as null, and the draft’s key', () => {
    const input = petitionInput({
      ...complete(),
      collective: true,
      peopleInvolved: '30',
      attachments: [{ id: 'f1', fileName: 'a.png', contentType: 'image/png', size: 1 }],
    });
    expect(input).toMatchObject({
      idempotencyKey: 'key-12345678',
      categoryCode: '010101',
      regionCode: '120103001',
      address: null,
      petitioners: [{ name: '张三', phone: '13812345678', idNumber: null, address: null }],
      peopleInvolved: 30,
      agent: null,
      respondentUnitId: null,
      attachmentIds: ['f1'],
    });
  });
});
