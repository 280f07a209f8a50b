import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestAccount, errorCode, type TestAccount } from './support/accounts.js';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlineInput, onlyError, submit } from './support/petitions.js';

// Issue 10, R-P12: the administration console's personal-data access log. The platform's audit
// reader (ADMIN) reads who read unmasked personal data, when, on which tracking code and what
// kind, across petitions; never the data itself nor the petition.
let platform: TestPlatform;
let tokens: Record<'admin' | 'xfb.hexi' | 'head.hexi.zj', string>;
let officer: TestAccount;
let petition: { id: string; trackingCode: string };
const caller = { name: '闻景行', phone: '13755667788', idNumber: '120103198807070017' };

const LOG = `query L($filter: PersonalDataAccessLogFilter, $first: Int, $after: String) {
  personalDataAccessLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at reader { id } readerUnit { id } trackingCode kind occasion } }
  }
}`;
interface Entry {
  id: string;
  at: string;
  reader: { id: string };
  readerUnit: { id: string } | null;
  trackingCode: string;
  kind: string;
  occasion: string;
}
interface Log {
  personalDataAccessLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Entry }[];
  };
}
const readLog = (token: string, filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  platform.graphql<Log>(LOG, { filter, ...extra }, { token });
const entries = async (filter: Record<string, unknown>) => {
  const result = await readLog(tokens.admin, filter);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.personalDataAccessLog.edges.map((e) => e.node);
};

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['admin', 'xfb.hexi', 'head.hexi.zj'] as const);
  officer = await createTestAccount(platform, tokens.admin, {
    roles: ['PETITION_OFFICER'],
    unitIds: [DEMO_UNITS.HEXI_OFFICE],
    prefix: 'log',
  });
  const filed = await submit(platform, onlineInput({ title: '楼道堆物无人清理', petitioners: [caller] }));
  petition = filed.data!.submitPetition.petition;
  // the officer opens the petition (phone and ID number read), then looks the caller up by name
  await dataOf(platform, officer.token, 'query P($id: ID!) { petition(id: $id) { petitioners { phone idNumber } } }', {
    id: petition.id,
  });
  await dataOf(platform, officer.token, 'query F($t: String!) { petitions(filter: { text: $t }) { totalCount } }', {
    t: caller.name,
  });
  // another reader of the same petition, from the demo's petition office
  await dataOf(platform, tokens['xfb.hexi'], 'query P($id: ID!) { petition(id: $id) { petitioners { phone } } }', {
    id: petition.id,
  });
});
afterAll(() => platform?.stop());

describe('the personal-data access log of the administration console (issue 10, R-P12)', () => {
  it('shows an administrator who read which kind of data on a tracking code, newest first, and why', async () => {
    const log = await entries({ trackingCode: petition.trackingCode.toLowerCase() });
    const mine = log.filter((e) => e.reader.id === officer.id);
    expect(mine.map((e) => e.kind).sort()).toEqual(['ID_NUMBER', 'NAME_LOOKUP', 'PHONE']);
    expect(mine.find((e) => e.kind === 'NAME_LOOKUP')).toMatchObject({
      occasion: 'CALLER_SEARCH',
      readerUnit: { id: DEMO_UNITS.HEXI_OFFICE },
      trackingCode: petition.trackingCode,
    });
    expect(mine.find((e) => e.kind === 'PHONE')!.occasion).toBe('PETITION_READ');
    expect(log).toHaveLength(4);
    const times = log.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('never gives the administrator the data read, the person, nor the petition', async () => {
    const person = await platform.graphql(
      '{ personalDataAccessLog { edges { node { person } } } }',
      {},
      { token: tokens.admin },
    );
    expect(errorCode(person)).toBe('GRAPHQL_VALIDATION_FAILED');
    const read = await platform.graphql(
      'query P($id: ID!) { petition(id: $id) { title petitioners { name } } }',
      { id: petition.id },
      { token: tokens.admin },
    );
    expect(read.data?.petition ?? null).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(read));
  });

  it('narrows by the reader’s account, the reader’s unit, the kind of data and the time range', async () => {
    const code = petition.trackingCode;
    expect((await entries({ trackingCode: code, readerAccountId: officer.id })).map((e) => e.reader.id)).toEqual([
      officer.id,
      officer.id,
      officer.id,
    ]);
    const byKind = await entries({ trackingCode: code, kinds: ['PHONE'] });
    expect(byKind).toHaveLength(2);
    expect(new Set(byKind.map((e) => e.kind))).toEqual(new Set(['PHONE']));
    const byUnit = await entries({ readerUnitId: DEMO_UNITS.HEXI_OFFICE, trackingCode: code });
    expect(byUnit).toHaveLength(4);
    expect(await entries({ readerUnitId: DEMO_UNITS.HEXI_HOUSING, trackingCode: code })).toEqual([]);
    const newest = (await entries({ trackingCode: code }))[0]!.at;
    expect(await entries({ trackingCode: code, from: new Date(Date.parse(newest) + 1).toISOString() })).toEqual([]);
    expect(await entries({ trackingCode: code, to: new Date(Date.parse(newest) + 1).toISOString() })).toHaveLength(4);
    expect(await entries({ trackingCode: 'KKKK-KKKK-KK' })).toEqual([]);
  });

  it('pages with a cursor, without repeating or skipping an entry', async () => {
    const code = petition.trackingCode;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await readLog(tokens.admin, { trackingCode: code }, { first: 1, after });
      const connection = result.data!.personalDataAccessLog;
      expect(connection.totalCount).toBe(4);
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual((await entries({ trackingCode: code })).map((e) => e.id));
  });

  it('is refused to a petition office and a unit head, who read a petition’s own log instead', async () => {
    for (const token of [tokens['xfb.hexi'], tokens['head.hexi.zj'], officer.token]) {
      const result = await readLog(token, { trackingCode: petition.trackingCode });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data?.personalDataAccessLog ?? null).toBeNull();
    }
    const anonymous = await platform.graphql(LOG, {});
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('names the filter field that is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ readerAccountId: 'nobody' }, 'filter.readerAccountId'],
      [{ readerUnitId: '42' }, 'filter.readerUnitId'],
      [{ trackingCode: 'not-a-code' }, 'filter.trackingCode'],
      [{ kinds: ['SHOE_SIZE'] }, 'filter.kinds'],
      [{ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'filter.to'],
    ];
    for (const [filter, field] of cases) {
      const error = onlyError(await readLog(tokens.admin, filter));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const page = onlyError(await readLog(tokens.admin, {}, { first: 0 }));
    expect(page.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = onlyError(await readLog(tokens.admin, {}, { after: 'garbage' }));
    expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('has an index for every filter', async () => {
    const rows = await platform.services.petitions.orm.em
      .getConnection()
      .execute<{ indexdef: string }[]>(
        `select indexdef from pg_indexes where schemaname = 'petitions' and tablename = 'personal_data_access'`,
      );
    const leading = rows.map((r) => /\((\w+)/.exec(r.indexdef)![1]);
    expect(leading).toEqual(expect.arrayContaining(['at', 'account_id', 'unit_id', 'petition_id', 'field']));
  });
});
