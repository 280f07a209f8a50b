import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_KEYS, draftStore, parsePetitionDraft, parseSuggestionDraft } from '../draft-storage';
import { newPetitionDraft, newSuggestionDraft } from '../petition-draft';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('drafts', () => {
  it('are kept in sessionStorage, never in localStorage (personal data must not outlive the tab)', () => {
    const store = draftStore(DRAFT_KEYS.petition, parsePetitionDraft);
    const draft = {
      ...newPetitionDraft(),
      title: '噪声扰民',
      petitioners: [{ name: '李四', phone: '13812345678', idNumber: '', address: '' }],
    };
    store.save(draft);
    expect(sessionStorage.getItem(DRAFT_KEYS.petition)).toContain('李四');
    expect(localStorage.length).toBe(0);
    expect(store.load()).toEqual(draft);
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('keep their idempotency key across reloads, and each new draft gets its own', () => {
    const store = draftStore(DRAFT_KEYS.petition, parsePetitionDraft);
    const draft = newPetitionDraft();
    store.save(draft);
    expect(store.load()?.idempotencyKey).toBe(draft.idempotencyKey);
    expect(newPetitionDraft().idempotencyKey).not.toBe(draft.idempotencyKey);
    expect(draft.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('drop what cannot be a draft, and what a draft cannot hold', () => {
    expect(parsePetitionDraft(null)).toBeNull();
    expect(parsePetitionDraft({ title: 'no key' })).toBeNull();
    const parsed = parsePetitionDraft({
      idempotencyKey: 'abcdefgh-1',
      step: 'nowhere',
      kind: 'BRIBE',
      category: ['01', 'x; drop table', 7],
      petitioners: Array.from({ length: 8 }, () => ({ name: '某' })),
      attachments: [{ id: 'a', fileName: 'a.png', size: 3 }, 'junk'],
      agent: { powerOfAttorney: { nope: true } },
    });
    expect(parsed).toMatchObject({
      step: 'kind',
      kind: '',
      category: ['01'],
      attachments: [{ id: 'a', fileName: 'a.png' }],
    });
    expect(parsed?.petitioners).toHaveLength(5);
    expect(parsed?.agent.powerOfAttorney).toBeNull();
  });

  it('read back a suggestion draft, and nothing from broken JSON', () => {
    const store = draftStore(DRAFT_KEYS.suggestion, parseSuggestionDraft);
    const draft = {
      ...newSuggestionDraft(),
      title: '建议增设公交线路',
      district: { id: 'u1', code: '120103', name: '河西区' },
    };
    store.save(draft);
    expect(store.load()).toEqual(draft);
    sessionStorage.setItem(DRAFT_KEYS.suggestion, '{broken');
    expect(store.load()).toBeNull();
  });
});
