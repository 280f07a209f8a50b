import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from './support/accounts.js';
import { dataOf, signIn } from './support/demo.js';
import { onlineInput, onlyError, register, staffInput, submit } from './support/petitions.js';

// Issue 10, R-HOT: the administrator edits the category tree and the hot-topic list. Codes are
// stable; petitions keep their category; a retired one is offered and accepted for no new
// petition; every change is audited in its transaction and reaches intake at once.
let platform: TestPlatform;
let tokens: Record<'admin' | 'xfb.hexi' | 'handler.hexi.zj', string>;
let adminId: string;

const FIELDS = 'code name nameEn level hot retired';
const ADD = `mutation A($input: AddCategoryInput!) { addCategory(input: $input) { ${FIELDS} } }`;
const RENAME = `mutation R($code: String!, $name: String!, $nameEn: String) { renameCategory(code: $code, name: $name, nameEn: $nameEn) { ${FIELDS} } }`;
const RETIRE = `mutation T($code: String!) { retireCategory(code: $code) { ${FIELDS} } }`;
const HOT = `mutation H($code: String!, $hot: Boolean!) { setCategoryHot(code: $code, hot: $hot) { ${FIELDS} } }`;
interface Category {
  code: string;
  name: string;
  nameEn: string;
  level: number;
  hot: boolean;
  retired: boolean;
}
type Node = Category & { children: Node[] };
const TREE = `query C($all: Boolean) { categories(includeRetired: $all) { ${FIELDS} children { ${FIELDS} children { ${FIELDS} } } } }`;

/** The tree as anyone reads it (the citizen's picker), flattened. */
async function offered(includeRetired = false): Promise<Category[]> {
  const { categories } = await dataOf<{ categories: Node[] }>(platform, undefined, TREE, { all: includeRetired });
  const flat: Category[] = [];
  const walk = (nodes: Node[]) => nodes.forEach(({ children, ...node }) => (flat.push(node), walk(children ?? [])));
  walk(categories);
  return flat;
}
const asAdmin = <T>(query: string, variables: Record<string, unknown>) =>
  platform.graphql<T>(query, variables, { token: tokens.admin });
const petitionsSql = <T>(query: string, params: unknown[] = []) =>
  platform.services.petitions.orm.em.fork().getConnection().execute<T[]>(query, params);
const auditOf = (code: string) =>
  petitionsSql<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
    `select action, actor_id, detail from petitions.audit_entry where subject = ? order by at`,
    [`category:${code}`],
  );
const snapshot = () =>
  Promise.all([
    petitionsSql(`select * from petitions.category order by code`),
    petitionsSql(`select count(*)::int as n from petitions.audit_entry`),
  ]);
async function added(input: Record<string, unknown>): Promise<Category> {
  const result = await asAdmin<{ addCategory: Category }>(ADD, { input });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.addCategory;
}

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['admin', 'xfb.hexi', 'handler.hexi.zj'] as const);
  adminId = (await dataOf<{ viewer: { id: string } }>(platform, tokens.admin, '{ viewer { id } }')).viewer.id;
});
afterAll(() => platform?.stop());

describe('the administrator edits the category tree (issue 10, R-HOT)', () => {
  it('adds a category under a parent with the next code, offered to and accepted from citizens at once, audited', async () => {
    // warm the process's copy of the tree, so the test proves the change is not left behind it
    await offered();
    const category = await added({ parentCode: '0102', name: '电梯加装与维修', nameEn: 'Lifts' });
    expect(category).toEqual({
      code: '010205',
      name: '电梯加装与维修',
      nameEn: 'Lifts',
      level: 3,
      hot: false,
      retired: false,
    });
    expect(await offered()).toContainEqual(category);
    const filed = await submit(platform, onlineInput({ categoryCode: '010205' }));
    expect(filed.errors).toBeUndefined();
    expect(await auditOf('010205')).toEqual([
      {
        action: 'CATEGORY_ADDED',
        actor_id: adminId,
        detail: { nameZh: '电梯加装与维修', nameEn: 'Lifts', hot: false },
      },
    ]);
  });

  it('gives categories added at the same moment under one parent each a code of its own', async () => {
    const names = ['甲类事项', '乙类事项', '丙类事项', '丁类事项', '戊类事项'];
    const results = await Promise.all(
      names.map((name) => asAdmin<{ addCategory: Category }>(ADD, { input: { parentCode: '0202', name } })),
    );
    const codes = results.map((r) => r.data!.addCategory.code);
    expect(new Set(codes).size).toBe(5);
    expect(codes.every((c) => /^0202\d\d$/.test(c))).toBe(true);
  });

  it('renames a category: its code and the petitions filed under it stay, the new name is offered', async () => {
    const filed = (await submit(platform, onlineInput({ categoryCode: '010201' }))).data!.submitPetition.petition;
    const renamed = await asAdmin<{ renameCategory: Category }>(RENAME, { code: '010201', name: '物业服务与收费' });
    expect(renamed.data!.renameCategory).toMatchObject({
      code: '010201',
      name: '物业服务与收费',
      nameEn: 'Property management',
    });
    expect((await offered()).find((c) => c.code === '010201')!.name).toBe('物业服务与收费');
    const [row] = await petitionsSql<{ category_code: string }>(
      `select category_code from petitions.petition where id = ?`,
      [filed.id],
    );
    expect(row!.category_code).toBe('010201');
    expect((await auditOf('010201'))[0]).toMatchObject({
      action: 'CATEGORY_RENAMED',
      detail: { from: { nameZh: '物业管理服务' }, to: { nameZh: '物业服务与收费' } },
    });
  });

  it('retires a category and those under it: no longer offered or accepted, kept by earlier petitions', async () => {
    const parent = await added({ parentCode: '05', name: '待停用的类别' });
    const child = await added({ parentCode: parent.code, name: '待停用的子类' });
    const earlier = (await submit(platform, onlineInput({ categoryCode: child.code }))).data!.submitPetition.petition;
    const retired = await asAdmin<{ retireCategory: Category }>(RETIRE, { code: parent.code });
    expect(retired.data!.retireCategory).toMatchObject({ code: parent.code, retired: true });
    const codes = (await offered()).map((c) => c.code);
    expect(codes).not.toContain(parent.code);
    expect(codes).not.toContain(child.code);
    expect((await offered(true)).find((c) => c.code === child.code)).toMatchObject({ retired: true });
    const online = onlyError(await submit(platform, onlineInput({ categoryCode: child.code })));
    expect(online.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryCode' });
    const byStaff = onlyError(
      await register(platform, staffInput('VISIT', { categoryCode: child.code }), tokens['xfb.hexi']),
    );
    expect(byStaff.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryCode' });
    const [row] = await petitionsSql<{ category_code: string }>(
      `select category_code from petitions.petition where id = ?`,
      [earlier.id],
    );
    expect(row!.category_code).toBe(child.code);
    expect((await auditOf(parent.code)).at(-1)).toMatchObject({
      action: 'CATEGORY_RETIRED',
      detail: { codes: [parent.code, child.code] },
    });
    expect(errorCode(await asAdmin(RETIRE, { code: parent.code }))).toBe('CONFLICT');
    // its code is never given again
    const next = await added({ parentCode: '05', name: '待停用的类别' });
    expect(next.code).not.toBe(parent.code);
  });

  it('marks and unmarks a hot topic, audited once per change', async () => {
    const marked = await asAdmin<{ setCategoryHot: Category }>(HOT, { code: '0103', hot: true });
    expect(marked.data!.setCategoryHot.hot).toBe(true);
    expect((await offered()).find((c) => c.code === '0103')!.hot).toBe(true);
    await asAdmin(HOT, { code: '0103', hot: true });
    await asAdmin(HOT, { code: '0103', hot: false });
    expect((await offered()).find((c) => c.code === '0103')!.hot).toBe(false);
    expect((await auditOf('0103')).map((e) => e.action)).toEqual(['HOT_TOPIC_MARKED', 'HOT_TOPIC_UNMARKED']);
  });

  it('refuses anyone but the administrator, and changes nothing', async () => {
    const before = await snapshot();
    const attempts: [string, Record<string, unknown>][] = [
      [ADD, { input: { parentCode: '0102', name: '越权添加' } }],
      [RENAME, { code: '0101', name: '越权改名' }],
      [RETIRE, { code: '0101' }],
      [HOT, { code: '0102', hot: true }],
    ];
    for (const [query, variables] of attempts) {
      for (const who of ['xfb.hexi', 'handler.hexi.zj'] as const) {
        const result = await platform.graphql(query, variables, { token: tokens[who] });
        expect(errorCode(result)).toBe('FORBIDDEN');
      }
      expect(errorCode(await platform.graphql(query, variables))).toBe('UNAUTHENTICATED');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names the field that is wrong, and changes nothing', async () => {
    const before = await snapshot();
    const cases: [string, Record<string, unknown>, string, string][] = [
      [ADD, { input: { parentCode: '0102', name: '   ' } }, 'BAD_USER_INPUT', 'input.name'],
      [ADD, { input: { parentCode: '0102', name: '长'.repeat(61) } }, 'BAD_USER_INPUT', 'input.name'],
      [ADD, { input: { parentCode: '0102', name: '住\u202e宅' } }, 'BAD_USER_INPUT', 'input.name'],
      [ADD, { input: { parentCode: '0102', name: '保障性住房' } }, 'BAD_USER_INPUT', 'input.name'],
      [ADD, { input: { parentCode: '9999', name: '无上级' } }, 'BAD_USER_INPUT', 'input.parentCode'],
      [ADD, { input: { parentCode: '010202', name: '第四级' } }, 'BAD_USER_INPUT', 'input.parentCode'],
      [
        ADD,
        { input: { parentCode: '0102', name: '英文名过长', nameEn: 'x'.repeat(101) } },
        'BAD_USER_INPUT',
        'input.nameEn',
      ],
      [RENAME, { code: '0102', name: '' }, 'BAD_USER_INPUT', 'name'],
      [RENAME, { code: '010202', name: '保障性住房' }, 'BAD_USER_INPUT', 'name'],
    ];
    for (const [query, variables, code, field] of cases) {
      const error = onlyError(await asAdmin(query, variables));
      expect(error.extensions, JSON.stringify(variables)).toMatchObject({ code, field });
    }
    for (const [query, variables] of [
      [RENAME, { code: '777777', name: '无此类别' }],
      [RETIRE, { code: '777777' }],
      [HOT, { code: '777777', hot: true }],
    ] as const)
      expect(errorCode(await asAdmin(query, variables))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });
});
