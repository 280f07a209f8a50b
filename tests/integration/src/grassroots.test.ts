import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/demo.js';
import { onlineInput, submit } from './support/petitions.js';

// R-NET, issue 11: every unit sees its own and its subordinates' work. The demo accounts of a
// street office (友谊路街道, xfb.youyilu) and of one of its communities (寿园里社区, sq.youyilu).
let platform: TestPlatform;
let tokens: Record<'xfb.youyilu' | 'sq.youyilu' | 'xfb.hexi', string>;
const filed: Record<'community' | 'street' | 'otherStreet', string> = { community: '', street: '', otherStreet: '' };

const LIST = '{ petitions(first: 100) { edges { node { id regionCode } } } }';
const ids = async (who: keyof typeof tokens) => {
  const result = await platform.graphql<{ petitions: { edges: { node: { id: string } }[] } }>(
    LIST,
    {},
    { token: tokens[who] },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petitions.edges.map((e) => e.node.id);
};

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['xfb.youyilu', 'sq.youyilu', 'xfb.hexi'] as const);
  for (const [key, regionCode] of [
    ['community', '120103007002'],
    ['street', '120103007'],
    ['otherStreet', '120103003'],
  ] as const) {
    const result = await submit(platform, onlineInput({ regionCode }));
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    filed[key] = result.data!.submitPetition.petition.id;
  }
});
afterAll(() => platform?.stop());

describe('the grassroots see their own area’s petitions', () => {
  it('shows a street office its street’s petitions, its communities’ included, and not another street’s', async () => {
    const seen = await ids('xfb.youyilu');
    expect(seen).toEqual(expect.arrayContaining([filed.community, filed.street]));
    expect(seen).not.toContain(filed.otherStreet);
  });

  it('shows a community its own petitions only', async () => {
    const seen = await ids('sq.youyilu');
    expect(seen).toContain(filed.community);
    expect(seen).not.toContain(filed.street);
    expect(seen).not.toContain(filed.otherStreet);
  });

  it('shows the district office every street’s', async () => {
    expect(await ids('xfb.hexi')).toEqual(expect.arrayContaining(Object.values(filed)));
  });
});
