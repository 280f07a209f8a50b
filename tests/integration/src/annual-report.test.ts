import ExcelJS from 'exceljs';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from './support/accounts.js';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlineInput, register, staffInput, submit } from './support/petitions.js';
import { beijingDay, project } from './support/stats.js';

// Issue 12, R-P15 (Art. 41): the annual report — the year's statistics, the fields concerned,
// the units most complained about, what was forwarded, assigned and supervised, which
// suggestions were adopted — from the event record, as a query and as an XLSX workbook.
let platform: TestPlatform;
let tokens: Record<'leader.hexi' | 'leader.city' | 'xfb.hexi' | 'handler.hexi.zj' | 'citizen', string>;

const YEAR = Number(beijingDay(new Date()).slice(0, 4));
const REPORT = `query R($year: Int!, $regionCode: String) {
  annualReport(year: $year, regionCode: $regionCode) {
    year regionCode regionName from to registered peopleInvolved collective skippedLevel repeats
    byChannel { key label count } byKind { key label count } byCategory { key label count }
    topSubcategories { key label count } byRegion { key label count } byMonth { key label count }
    mostComplainedUnits { unit { id name } count } handling { key label count }
    suggestionsReceived suggestionsAdopted adoptedSuggestions { id trackingCode title }
    kpis { code unitRole numerator denominator }
  }
}`;

interface Count {
  key: string;
  label: string;
  count: number;
}
interface Report {
  regionName: string;
  from: string;
  to: string;
  registered: number;
  peopleInvolved: number;
  collective: number;
  byChannel: Count[];
  byKind: Count[];
  byRegion: Count[];
  mostComplainedUnits: { unit: { id: string; name: string }; count: number }[];
  handling: Count[];
  suggestionsReceived: number;
  suggestionsAdopted: number;
  adoptedSuggestions: { id: string; trackingCode: string; title: string }[];
  kpis: { code: string; unitRole: string }[];
}

const reportOf = async (token: string, regionCode = '120103') =>
  (await dataOf<{ annualReport: Report }>(platform, token, REPORT, { year: YEAR, regionCode })).annualReport;
const countOf = (rows: Count[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;
const exportUrl = (query: string) =>
  `${platform.gatewayUrl.replace(/\/graphql$/, '')}/exports/annual-report.xlsx${query}`;

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  await dataOf(platform, token, query, variables);
}

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['leader.hexi', 'leader.city', 'xfb.hexi', 'handler.hexi.zj', 'citizen'] as const);
  await project(platform);
});
afterAll(() => platform?.stop());

describe('the annual report of Art. 41 (R-P15)', () => {
  it('counts the year’s petitions, complaints about units, handling and adopted suggestions', async () => {
    const before = await reportOf(tokens['leader.hexi']);
    expect(before).toMatchObject({ regionName: '河西区', from: `${YEAR}-01-01` });

    // a suggestion, assigned, accepted and answered SUPPORTED: adopted
    const suggestion = await submit(
      platform,
      onlineInput({
        kind: 'SUGGESTION',
        title: '建议在友谊路增设公交站点',
        content: '友谊路沿线居民出行不便，建议在友谊路与围堤道交口增设公交站点，方便老年人出行。',
        petitioners: [{ name: '韩雪', phone: '13911120001' }],
      }),
    );
    const id = suggestion.data!.submitPetition.petition.id;
    await ok(
      'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
      { id, input: { mode: 'ASSIGN', unitId: DEMO_UNITS.HEXI_HOUSING } },
      tokens['xfb.hexi'],
    );
    await ok('mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id }, tokens['handler.hexi.zj']);
    await ok(
      'mutation R($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
      {
        id,
        input: {
          outcome: 'SUPPORTED',
          facts: '经实地查看，该路口客流较大。',
          reasons: '建议可行，已纳入明年公交线网调整。',
          legalBasis: '《天津市客运公交管理条例》',
        },
      },
      tokens['handler.hexi.zj'],
    );
    // a collective visit of six people complaining about the housing commission, forwarded
    const visit = await register(
      platform,
      staffInput('VISIT', {
        peopleInvolved: 6,
        respondentUnitId: DEMO_UNITS.HEXI_HOUSING,
        content: '某小区六户居民反映住建委对违规施工问题处理不力，要求依法查处。',
        petitioners: [{ name: '彭涛', phone: '13911120002' }],
      }),
      tokens['xfb.hexi'],
    );
    expect(visit.errors).toBeUndefined();
    await ok(
      'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
      { id: visit.data!.registerPetition.id, input: { mode: 'FORWARD', unitId: DEMO_UNITS.HEXI_HOUSING } },
      tokens['xfb.hexi'],
    );
    await project(platform);

    const after = await reportOf(tokens['leader.hexi']);
    expect(after.registered - before.registered).toBe(2);
    expect(after.peopleInvolved - before.peopleInvolved).toBe(7);
    expect(after.collective - before.collective).toBe(1);
    expect(countOf(after.byChannel, 'VISIT') - countOf(before.byChannel, 'VISIT')).toBe(1);
    expect(after.byChannel.find((r) => r.key === 'VISIT')?.label).toBe('来访');
    expect(countOf(after.byKind, 'SUGGESTION') - countOf(before.byKind, 'SUGGESTION')).toBe(1);
    expect(countOf(after.handling, 'ASSIGNED') - countOf(before.handling, 'ASSIGNED')).toBe(1);
    expect(countOf(after.handling, 'FORWARDED') - countOf(before.handling, 'FORWARDED')).toBe(1);
    expect(countOf(after.handling, 'SUPPORTED') - countOf(before.handling, 'SUPPORTED')).toBe(1);
    const complained = (r: Report) =>
      r.mostComplainedUnits.find((u) => u.unit.id === DEMO_UNITS.HEXI_HOUSING)?.count ?? 0;
    expect(complained(after) - complained(before)).toBe(1);
    expect(after.mostComplainedUnits.find((u) => u.unit.id === DEMO_UNITS.HEXI_HOUSING)?.unit.name).toBe(
      '河西区住房和建设委员会',
    );
    expect(after.suggestionsAdopted - before.suggestionsAdopted).toBe(1);
    // the adopted suggestion by name, read through the petitions subgraph with the leader's rights
    expect(after.adoptedSuggestions).toContainEqual(expect.objectContaining({ id, title: '建议在友谊路增设公交站点' }));
    // the streets of the district: the petitions were about a street of Hexi
    expect(after.byRegion.find((r) => r.key === '120103003')?.label).toMatch(/街道$/);
    expect(after.kpis).toHaveLength(14);
  });

  it('downloads as a workbook whose figures match the report', async () => {
    const report = await reportOf(tokens['leader.hexi']);
    const response = await fetch(exportUrl(`?year=${YEAR}&region=120103`), {
      headers: { authorization: `Bearer ${tokens['leader.hexi']}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      `河西区${YEAR}年度信访工作情况.xlsx`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const summary = book.getWorksheet('概况')!;
    const rows: unknown[][] = [];
    summary.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === '登记信访事项（件）')?.[1]).toBe(report.registered);
    expect(rows.find((r) => r[0] === '集体访（五人以上，件）')?.[1]).toBe(report.collective);
    const units = book.getWorksheet('被投诉较多的单位')!;
    expect(units.getRow(3).getCell(2).value).toBe(report.mostComplainedUnits[0]?.unit.name);
  });

  it('keeps a district leader to the district, and refuses bad input naming it', async () => {
    const other = await platform.graphql(
      REPORT,
      { year: YEAR, regionCode: '120101' },
      { token: tokens['leader.hexi'] },
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    const city = await reportOf(tokens['leader.city'], '120000');
    expect(city.regionName).toBe('天津市');
    expect(city.byRegion.every((r) => r.key.length === 6)).toBe(true);

    const auth = { authorization: `Bearer ${tokens['leader.hexi']}` };
    expect((await fetch(exportUrl(`?year=${YEAR}&region=120101`), { headers: auth })).status).toBe(403);
    expect((await fetch(exportUrl(`?year=${YEAR}`))).status).toBe(401);
    const citizen = await fetch(exportUrl(`?year=${YEAR}`), { headers: { authorization: `Bearer ${tokens.citizen}` } });
    expect(citizen.status).toBe(403);
    const badYear = await fetch(exportUrl('?year=20x6'), { headers: auth });
    expect(badYear.status).toBe(400);
    expect((await badYear.json()) as unknown).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }],
    });
    const future = await platform.graphql(REPORT, { year: YEAR + 1 }, { token: tokens['leader.hexi'] });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
