import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/demo.js';
import { countRows, onlyError } from './support/petitions.js';

// R-P5, issue 11: a person can be told on request whether they are marked, and the leaders of
// the area read the whole register's log (who listed, marked, removed or answered), with whose
// mark it was, to supervise the offices that keep it.
let platform: TestPlatform;
const USERS = ['xfb.hexi', 'leader.hexi', 'handler.hexi.zj'] as const;
type User = (typeof USERS)[number];
let tokens: Record<User, string>;
const person = { name: '郭立新', phone: '13677889900', idNumber: '120103197507081238' };
const inDays = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

const ENQUIRY = `query E($input: KeyPersonEnquiryInput!) {
  keyPersonEnquiry(input: $input) { marked marks { basis reviewOn unit { id } } }
}`;
const LOG = 'query L { keyPersonAccessLog(first: 50) { at action person account { id } unit { id } } }';
const as = <T>(user: User, query: string, variables: Record<string, unknown> = {}) =>
  platform.graphql<T>(query, variables, { token: tokens[user] });
type Answer = { keyPersonEnquiry: { marked: boolean; marks: { basis: string; reviewOn: string }[] } };
type Log = { keyPersonAccessLog: { action: string; person: string | null }[] };

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
  const added = await as('xfb.hexi', 'mutation A($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }', {
    input: { ...person, basis: '多次扬言到区政府门前聚集，需重点关注并及时化解。', reviewOn: inDays(60) },
  });
  expect(added.errors).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('a person asks whether they are marked (R-P5)', () => {
  it('is told by the petition office, with the basis and the review date, and the answer is logged', async () => {
    const before = await countRows(platform, 'key_person_access');
    const yes = await as<Answer>('xfb.hexi', ENQUIRY, { input: { idNumber: person.idNumber } });
    expect(yes.data!.keyPersonEnquiry).toMatchObject({ marked: true, marks: [{ reviewOn: inDays(60) }] });
    expect(yes.data!.keyPersonEnquiry.marks[0]!.basis).toContain('扬言');
    const no = await as<Answer>('xfb.hexi', ENQUIRY, { input: { phone: '13900009999' } });
    expect(no.data!.keyPersonEnquiry).toEqual({ marked: false, marks: [] });
    expect(await countRows(platform, 'key_person_access')).toBe(before + 1);
  });

  it('refuses a question naming nobody at the field, and anyone but a petition office', async () => {
    const blank = onlyError(await as('xfb.hexi', ENQUIRY, { input: { phone: ' ' } }));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    for (const user of ['handler.hexi.zj', 'leader.hexi'] as const)
      expect(onlyError(await as(user, ENQUIRY, { input: { phone: person.phone } })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the register’s log, for the area’s leaders (R-P5)', () => {
  it('shows every mark, listing and answer with whose mark it was; officers and units may not read it', async () => {
    await as('xfb.hexi', '{ keyPersons(first: 10) { totalCount } }');
    const log = await as<Log>('leader.hexi', LOG);
    expect(log.errors).toBeUndefined();
    const actions = log.data!.keyPersonAccessLog.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['ADD', 'READ', 'ENQUIRY']));
    expect(log.data!.keyPersonAccessLog.every((e) => e.person === person.name)).toBe(true);
    for (const user of ['xfb.hexi', 'handler.hexi.zj'] as const)
      expect(onlyError(await as(user, LOG)).extensions?.code).toBe('FORBIDDEN');
  });
});
