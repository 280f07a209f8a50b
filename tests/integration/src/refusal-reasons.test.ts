import { reasonMessage, REASONS } from '@tjxf/i18n/reasons';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

const extensionsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions ?? {};

describe('a refusal names its reason through the gateway (issue 9, item 7)', () => {
  it('carries reason, reasonParams and field from a subgraph, its message the catalogue’s text unchanged', async () => {
    const token = await platform.login('xfb.hexi');
    const result = await platform.graphql<unknown>('query { petitions(first: 500) { totalCount } }', {}, { token });
    expect(result.errors?.[0]?.message).toBe('每次可取1到100件。Ask for 1 to 100 petitions at a time.');
    expect(extensionsOf(result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      reason: 'PETITION_PAGE_SIZE_OUT_OF_RANGE',
      reasonParams: { max: 100 },
      localized: { 'zh-CN': '每次可取1到100件。', en: 'Ask for 1 to 100 petitions at a time.' },
    });
  });

  it('names why a sign-in is refused, the same for an unknown username', async () => {
    const result = await platform.graphql(
      'mutation { login(username: "nobody.reason", password: "Demo#2026") { accessToken } }',
    );
    expect(extensionsOf(result)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(result.errors?.[0]?.message).toBe(reasonMessage('WRONG_CREDENTIALS'));
  });

  it('names the reason of a permission rule (graphql-shield) and of the gateway’s own edge checks', async () => {
    const anonymous = await platform.graphql('query { petitions(first: 1) { totalCount } }');
    expect(extensionsOf(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });

    const badId = await platform.graphql('query { petition(id: "not-a-uuid") { id } }');
    expect(badId.status).toBe(400);
    expect(extensionsOf(badId)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' });

    const forged = await platform.graphql('query { viewer { id } }', {}, { token: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' });
    expect(forged.status).toBe(401);
    expect(extensionsOf(forged)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCESS_TOKEN_INVALID' });
  });

  it('has a Chinese and an English text for every reason, Chinese first in the message', () => {
    for (const [reason, text] of Object.entries(REASONS)) {
      expect(text['zh-CN'], reason).toMatch(/\p{Script=Han}/u);
      expect(text.en, reason).toMatch(/^[A-Z]/);
    }
  });
});
