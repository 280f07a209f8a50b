import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type GraphQLResult, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { countRows, onlineInput, onlyError, register, staffInput, submit } from './support/petitions.js';

// Intake tells no stranger about someone else's petition, and names only real units (issue 8).
let platform: TestPlatform;
const USERS = ['citizen', 'xfb.hexi', 'xfb.city', 'handler.hexi.zj'] as const;
type User = (typeof USERS)[number];
let tokens: Record<User, string>;
const { HEXI_HOUSING } = DEMO_UNITS;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
});
afterAll(() => platform?.stop());

async function ok(user: User, query: string, variables: Record<string, unknown>) {
  const result = await platform.graphql(query, variables, { token: tokens[user] });
  if (result.errors) throw new Error(`${query} as ${user}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const FORWARD =
  'mutation F($id: ID!, $unitId: ID) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $unitId }) { id } }';

describe('a concluded matter is named only to its petitioner (issue 8, defect 3; R-P10)', () => {
  const REPLY = {
    outcome: 'EXPLAINED',
    facts: '经查，该路段施工已取得许可。',
    reasons: '施工符合规定。',
    legalBasis: '《城市道路管理条例》',
  };

  it('refuses the same matter again, with the tracking code for the signed-in petitioner only', async () => {
    const matter = {
      title: '小区门前道路反复开挖影响出行',
      content: '小区门前道路一年内反复开挖三次，每次施工都不设围挡，影响居民出行安全，请求有关部门统筹施工。',
      petitioners: [{ name: '田志军', phone: '13911116666' }],
    };
    const filed = await submit(platform, onlineInput(matter), tokens.citizen);
    const { id, trackingCode } = filed.data!.submitPetition.petition;
    const mutate = (name: string) =>
      `mutation M($id: ID!, $input: ReplyInput!) { ${name}(id: $id, input: $input) { id } }`;
    await ok('xfb.hexi', FORWARD, { id, unitId: HEXI_HOUSING });
    await ok('handler.hexi.zj', 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id });
    await ok('handler.hexi.zj', mutate('replyToPetition'), { id, input: REPLY });
    await ok('citizen', 'mutation Q($id: ID!) { requestReview(id: $id, reason: "不服") { id } }', { id });
    await ok('xfb.hexi', mutate('decideReview'), { id, input: REPLY });
    await ok('citizen', 'mutation Q($id: ID!) { requestReview(id: $id, reason: "仍不服") { id } }', { id });
    await ok('xfb.city', mutate('decideReview'), { id, input: REPLY });

    const again = onlineInput(matter);
    const [anonymous, staff, petitioner]: GraphQLResult<unknown>[] = await Promise.all([
      submit(platform, again),
      register(platform, staffInput('VISIT', matter), tokens['xfb.hexi']),
      submit(platform, again, tokens.citizen),
    ]);
    for (const refused of [anonymous!, staff!]) {
      expect(onlyError(refused).extensions?.code).toBe('CONFLICT');
      expect(onlyError(refused).message).toContain('终结');
      expect(onlyError(refused).message).not.toContain(trackingCode);
    }
    expect(onlyError(petitioner!).extensions?.code).toBe('CONFLICT');
    expect(onlyError(petitioner!).message).toContain(trackingCode);
  });
});

describe('the unit complained about or reported on is a real unit (issue 8)', () => {
  it('refuses an unknown unit or a mere region, naming the field, and stores nothing', async () => {
    const before = await countRows(platform, 'petition');
    const unknown = '0193c2a0-0000-7000-8000-0000000000ff';
    const region = unitIdForKey('120103');
    const refusals: GraphQLResult<unknown>[] = await Promise.all([
      submit(platform, onlineInput({ respondentUnitId: unknown })),
      submit(platform, onlineInput({ respondentUnitId: region }), tokens.citizen),
      register(platform, staffInput('LETTER', { respondentUnitId: unknown }), tokens['xfb.hexi']),
    ]);
    for (const refused of refusals)
      expect(onlyError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'respondentUnitId' });
    expect(await countRows(platform, 'petition')).toBe(before);
    // the allowed pair: a department of the district
    const accepted = await submit(platform, onlineInput({ respondentUnitId: HEXI_HOUSING }));
    expect(accepted.errors).toBeUndefined();
  });
});
