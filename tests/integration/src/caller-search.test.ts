import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { countRows, onlineInput, submit } from './support/petitions.js';

// Issue 10: staff find the case a caller describes by what the caller can tell: the tracking
// code, a name, a phone number, the last digits of an ID number, or the matter in other words;
// within their scope, as much as their role may know of the people, every look-up logged (R-P12).
let platform: TestPlatform;
let tokens: Record<'xfb.hexi' | 'handler.hexi.zj' | 'leader.hexi' | 'xfb.city', string>;
const caller = { name: '葛长顺', phone: '13911223344', idNumber: '120103198003151233' };
const reporter = { name: '卫守拙', phone: '13822334455' };
let noise: { id: string; trackingCode: string };
let report: { id: string };

const FIND = `query F($text: String!) {
  petitions(filter: { text: $text }, first: 20) { totalCount edges { node { id title petitioners { name phone idNumber } } } }
}`;
interface Found {
  petitions: {
    totalCount: number;
    edges: { node: { id: string; title: string; petitioners: { name: string; phone: string; idNumber: string }[] } }[];
  };
}
const find = (who: keyof typeof tokens, text: string) =>
  platform.graphql<Found>(FIND, { text }, { token: tokens[who] });
const ids = async (who: keyof typeof tokens, text: string) => {
  const result = await find(who, text);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petitions.edges.map((e) => e.node.id);
};
const lookups = (field: string) => countRows(platform, `personal_data_access where field = '${field}'`);

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['xfb.hexi', 'handler.hexi.zj', 'leader.hexi', 'xfb.city'] as const);
  const filed = async (input: Record<string, unknown>) => {
    const result = await submit(platform, onlineInput(input));
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.submitPetition.petition;
  };
  noise = await filed({
    categoryCode: '030103',
    title: '夜间施工噪声扰民',
    content: '友谊路工地每天夜里十一点以后仍在打桩，施工噪声很大，请求查处。',
    petitioners: [caller],
  });
  report = await filed({
    kind: 'REPORT',
    respondentUnitId: DEMO_UNITS.HEXI_HOUSING,
    title: '举报住建委工作人员违规审批',
    content: '住建委有工作人员在审批中收受好处，请求查处。',
    petitioners: [reporter],
  });
});
afterAll(() => platform?.stop());

describe('a petition officer finds the caller’s case', () => {
  it('by the tracking code, typed as read out on the phone', async () => {
    const typed = noise.trackingCode.toLowerCase().replace(/-/g, ' ');
    expect(await ids('xfb.hexi', typed)).toEqual([noise.id]);
  });

  it('by the name, the person’s petitions first, and logs the look-up', async () => {
    const before = await lookups('NAME_LOOKUP');
    expect(await ids('xfb.hexi', caller.name)).toEqual([noise.id]);
    expect(await lookups('NAME_LOOKUP')).toBe(before + 1);
  });

  it('by the phone number, however it is written, and logs the look-up', async () => {
    const before = await lookups('PHONE_LOOKUP');
    for (const typed of [caller.phone, '+86 139-1122-3344']) expect(await ids('xfb.hexi', typed)).toEqual([noise.id]);
    expect(await lookups('PHONE_LOOKUP')).toBe(before + 2);
  });

  it('by the last four digits of the ID number, and by the whole number', async () => {
    expect(await ids('xfb.hexi', '1233')).toContain(noise.id);
    expect(await ids('xfb.hexi', caller.idNumber)).toEqual([noise.id]);
    expect(await lookups('DIGITS_LOOKUP')).toBeGreaterThan(0);
    expect(await lookups('ID_NUMBER_LOOKUP')).toBeGreaterThan(0);
  });

  it('by the matter told in other words: 噪音 finds 噪声', async () => {
    const found = await find('xfb.hexi', '噪音扰民');
    expect(found.data!.petitions.edges.map((e) => e.node.id)).toContain(noise.id);
    // the demo data's 工地夜间施工噪音扰民 too: the words, not only the synonym
    expect(found.data!.petitions.edges.map((e) => e.node.title)).toContain('工地夜间施工噪音扰民');
  });

  it('and finds nothing outside the office’s area', async () => {
    expect(await ids('xfb.city', caller.phone)).toEqual([noise.id]); // the city office sees every district
    const hexiHousingHandler = await ids('handler.hexi.zj', caller.name);
    expect(hexiHousingHandler).toEqual([]); // not (yet) the unit's petition
  });
});

describe('what a role may not look people up by', () => {
  it('never leads the unit reported on to the reporter, by name or phone, and logs nothing', async () => {
    const before = await countRows(platform, `personal_data_access where petition_id = '${report.id}'`);
    expect(await ids('handler.hexi.zj', reporter.name)).toEqual([]);
    expect(await ids('handler.hexi.zj', reporter.phone)).toEqual([]);
    expect(await countRows(platform, `personal_data_access where petition_id = '${report.id}'`)).toBe(before);
    // the petition office does find it
    expect(await ids('xfb.hexi', reporter.phone)).toEqual([report.id]);
  });

  it('refuses a look-up by phone or ID number to a leader, and by ID number to a unit', async () => {
    for (const [who, text] of [
      ['leader.hexi', caller.phone],
      ['leader.hexi', caller.idNumber],
      ['handler.hexi.zj', caller.idNumber],
    ] as const) {
      const result = await find(who, text);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'LOOKUP_NOT_ALLOWED',
        field: 'filter.text',
      });
    }
  });

  it('shows the people found masked as the role requires', async () => {
    const leader = await find('leader.hexi', caller.name);
    const person = leader.data!.petitions.edges.find((e) => e.node.id === noise.id)?.node.petitioners[0];
    expect(person?.phone).toBe('139****3344');
    expect(person?.idNumber).toBe('120103********1233');
  });

  it('logs each look-up once when several are made at the same moment', async () => {
    const before = await lookups('PHONE_LOOKUP');
    await Promise.all(Array.from({ length: 5 }, () => ids('xfb.hexi', caller.phone)));
    expect(await lookups('PHONE_LOOKUP')).toBe(before + 5);
  });
});
