import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { unitIdForKey } from '@tjxf/domain';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRows, onlineInput, onlyError, submit } from './support/petitions.js';

// Refusals of the procedure carry a stable reason besides their code (issue 9, items 2 and 7).
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const HEXI_HOUSING = unitIdForKey('120103/zj');

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of ['citizen', 'xfb.hexi', 'handler.hexi.zj', 'handler.hexi.sthj'])
    tokens[user] = await platform.login(user);
});
afterAll(() => platform?.stop());
afterEach(() => platform.clock.reset());

const gql = (user: string, query: string, variables: Record<string, unknown>) =>
  platform.graphql(query, variables, { token: tokens[user] });

async function forwarded(): Promise<string> {
  const filed = await submit(
    platform,
    onlineInput({ title: '楼道堆物', content: '楼道长期堆放杂物。' }),
    tokens.citizen,
  );
  const id = filed.data!.submitPetition.petition.id;
  const done = await gql(
    'xfb.hexi',
    'mutation F($id: ID!, $u: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $u }) { id } }',
    { id, u: HEXI_HOUSING },
  );
  expect(done.errors).toBeUndefined();
  return id;
}

const OBJECT = 'mutation O($id: ID!, $reason: String!) { objectToPetition(id: $id, reason: $reason) { id } }';

describe('refusal reasons of the procedure', () => {
  it('names the objection window that has passed, with its days (OBJECTION_WINDOW_PASSED)', async () => {
    const id = await forwarded();
    platform.clock.advance(12); // past 5 working days, whatever the holidays
    const late = onlyError(await gql('handler.hexi.zj', OBJECT, { id, reason: '不属于本单位职责。' }));
    expect(late.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OBJECTION_WINDOW_PASSED',
      reasonParams: { days: 5 },
    });
    expect(late.message).toBe(
      '提出异议的期限（5个工作日）已过，请依法受理或不予受理。The 5 working days to object have passed.',
    );
  });

  it('gives the step, the status and the field a reason: PETITION_NOT_FOUND, STEP_NOT_ALLOWED_IN_STATUS, TEXT_TOO_LONG', async () => {
    const id = await forwarded();
    const accept = 'mutation A($id: ID!, $note: String) { acceptPetition(id: $id, note: $note) { id } }';
    // another unit's handler: not theirs to see, the same answer as an unknown id
    expect(onlyError(await gql('handler.hexi.sthj', accept, { id })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PETITION_NOT_FOUND',
    });
    const reply =
      'mutation R($id: ID!) { replyToPetition(id: $id, input: { outcome: SUPPORTED, facts: "事实", reasons: "理由", legalBasis: "依据" }) { id } }';
    const early = onlyError(await gql('handler.hexi.zj', reply, { id })).extensions;
    expect(early).toMatchObject({
      code: 'CONFLICT',
      reason: 'STEP_NOT_ALLOWED_IN_STATUS',
      reasonParams: { status: 'AWAITING_ACCEPTANCE' },
    });
    // the status is for programs; what a person reads names no code (issue 10)
    expect(JSON.stringify(early?.localized)).not.toContain('AWAITING_ACCEPTANCE');
    expect(onlyError(await gql('handler.hexi.zj', accept, { id, note: '长'.repeat(5_001) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: 'TEXT_TOO_LONG',
      reasonParams: { max: 5000 },
    });
  });
});

describe('refusal reasons of the petition form (intake)', () => {
  it('gives each field its reason and limit, with the same words as before, in parallel submissions', async () => {
    const person = { name: '李明华', phone: '13800138000' };
    const cases = [
      [
        { title: '标'.repeat(201) },
        'title',
        'TITLE_TOO_LONG',
        { max: 200 },
        '标题不能超过200个字。The title may be at most 200 characters long.',
      ],
      [{ content: '   ' }, 'content', 'CONTENT_REQUIRED', undefined, '请填写内容。Enter the content.'],
      [
        { petitioners: Array.from({ length: 6 }, () => person) },
        'petitioners',
        'TOO_MANY_REPRESENTATIVES',
        { max: 5 },
        undefined,
      ],
      [
        { petitioners: [{ name: '李明华', phone: '12345' }] },
        'petitioners[0].phone',
        'PHONE_INVALID',
        undefined,
        undefined,
      ],
      [
        { regionCode: '110101' },
        'regionCode',
        'REGION_NOT_IN_TIANJIN',
        undefined,
        '请从列表中选择天津市的地区。Choose a place in Tianjin from the list.',
      ],
    ] as const;
    const before = await countRows(platform, 'petition');
    const results = await Promise.all(
      cases.map(([overrides]) => submit(platform, onlineInput(overrides), tokens.citizen)),
    );
    results.forEach((result, i) => {
      const [, field, reason, params, message] = cases[i]!;
      const error = onlyError(result);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
        ...(params ? { reasonParams: params } : {}),
      });
      if (message) expect(error.message).toBe(message);
    });
    expect(await countRows(platform, 'petition')).toBe(before);
  });
});
