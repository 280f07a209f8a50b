import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let platform: TestPlatform;
let cityOfficer: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  cityOfficer = await platform.login('xfb.city');
});
afterAll(() => platform?.stop());

const unitSelects = (sql: string[]) => sql.filter((q) => /^select/i.test(q) && /"units"\."unit"/.test(q));

describe('a petition list across subgraphs (R-INF1, R-CH1)', () => {
  it('resolves every Petition.leadUnit through the units subgraph with one query for the whole page', async () => {
    platform.resetQueryLog();
    const result = await platform.graphql<{
      petitions: {
        totalCount: number;
        edges: { node: { title: string; leadUnit: { id: string; name: string } | null } }[];
      };
    }>(
      '{ petitions(first: 20) { totalCount edges { node { title leadUnit { id name } } } } }',
      {},
      { token: cityOfficer },
    );
    expect(result.errors).toBeUndefined();
    const withUnit = result.data!.petitions.edges.filter((e) => e.node.leadUnit);
    const distinctUnits = new Set(withUnit.map((e) => e.node.leadUnit!.name));
    expect(distinctUnits.size).toBeGreaterThanOrEqual(3);
    expect([...distinctUnits]).toContain('河西区住房和建设委员会');
    // one batched _entities call, one SELECT … WHERE id IN (…), however many rows
    expect(unitSelects(platform.queries.units)).toHaveLength(1);
  });

  it('answers allowedActions for a whole page with a fixed number of queries (issue 4)', async () => {
    const ask = (first: number) =>
      platform.graphql<{ petitions: { edges: { node: { status: string; allowedActions: string[] } }[] } }>(
        'query P($first: Int) { petitions(first: $first) { edges { node { status allowedActions } } } }',
        { first },
        { token: cityOfficer },
      );
    const procedureSelects = () =>
      platform.queries.petitions.filter(
        (q) => /^select/i.test(q) && /"(deadline|evaluation|petition_document|recusal)"/.test(q),
      ).length;
    platform.resetQueryLog();
    const page = await ask(20);
    expect(page.errors).toBeUndefined();
    const rows = page.data!.petitions.edges;
    expect(rows.length).toBeGreaterThan(3);
    // the city office may dispose of what is registered
    expect(rows.find((e) => e.node.status === 'REGISTERED')?.node.allowedActions).toContain('FORWARD');
    // open deadlines, ratings, objections and the viewer's recusals: one query each for the page
    expect(procedureSelects()).toBeLessThanOrEqual(4);
  });

  it('shows a district officer only the petitions of that district (R-NET)', async () => {
    const hexi = await platform.login('xfb.hexi');
    const result = await platform.graphql<{ petitions: { edges: { node: { regionCode: string } }[] } }>(
      '{ petitions { edges { node { regionCode } } } }',
      {},
      { token: hexi },
    );
    expect(result.errors).toBeUndefined();
    const codes = result.data!.petitions.edges.map((e) => e.node.regionCode);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith('120103'))).toBe(true);
  });

  it('pages through petitions with a cursor without repeating or losing one', async () => {
    const page = (after?: string) =>
      platform.graphql<{
        petitions: {
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          totalCount: number;
        };
      }>(
        'query P($after: String) { petitions(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        after ? { after } : {},
        { token: cityOfficer },
      );
    const seen: string[] = [];
    let after: string | undefined;
    let total: number;
    for (;;) {
      const { data, errors } = await page(after);
      expect(errors).toBeUndefined();
      total = data!.petitions.totalCount;
      seen.push(...data!.petitions.edges.map((e) => e.node.id));
      if (!data!.petitions.pageInfo.hasNextPage) break;
      after = data!.petitions.pageInfo.endCursor!;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a forged cursor with BAD_USER_INPUT naming the argument', async () => {
    const result = await platform.graphql(
      '{ petitions(after: "not-a-cursor") { totalCount } }',
      {},
      { token: cityOfficer },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('walks the unit tree from the city to Hexi district and its streets', async () => {
    const top = await platform.graphql<{ units: { id: string; name: string; level: string }[] }>(
      '{ units { id name level } }',
    );
    expect(top.data?.units).toEqual([expect.objectContaining({ name: '天津市', level: 'CITY' })]);
    const districts = await platform.graphql<{ units: { id: string; name: string; code: string }[] }>(
      '{ units(level: DISTRICT) { id name code } }',
    );
    const hexi = districts.data!.units.find((u) => u.code === '120103')!;
    expect(hexi.name).toBe('河西区');
    platform.resetQueryLog();
    const children = await platform.graphql<{
      unit: { children: { name: string; level: string; children: { id: string }[] }[] };
    }>('query U($id: ID!) { unit(id: $id) { children { name level children { id } } } }', { id: hexi.id });
    expect(children.errors).toBeUndefined();
    const names = children.data!.unit.children.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['河西区人民政府', '河西区信访办', '大营门街道', '梅江街道']));
    // unit + its children + all grandchildren: three queries, not one per child
    expect(unitSelects(platform.queries.units)).toHaveLength(3);
  });
});
