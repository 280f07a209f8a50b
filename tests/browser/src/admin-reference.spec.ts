import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './a11y.js';
import { next, stepHeading } from './citizen/petition-form.js';
import { signInOwnSession } from './own-session.js';
import { graphql, tokenOf } from './workbench/seed.js';

// Issue 10: the administration console's personal-data access log and its editable reference
// data (categories and hot topics, KPI weight schemes). Each test signs the administrator in
// with a session of its own.

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOwnSession(page, 'admin');
  return page;
}

/** GraphQL as `username` (a bearer token of its own), throwing on errors. */
async function apiAs(request: APIRequestContext, username: string) {
  const token = await tokenOf(request, username);
  return <T>(query: string, variables: object = {}) => graphql<T>(request, query, variables, token);
}

test('an administrator reads who saw a petition’s personal data, by tracking code, without the data', async ({
  browser,
  request,
}) => {
  test.slow(); // a petition filed and read, then the console
  const filed = await request.post('/graphql', {
    data: {
      query:
        'mutation S($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id trackingCode } } }',
      variables: {
        input: {
          idempotencyKey: randomUUID(),
          kind: 'COMPLAINT',
          categoryCode: '010201',
          regionCode: '120103003',
          title: '楼道照明损坏无人修理',
          content: '友谊路某小区楼道照明损坏已两个月，物业公司一直不修，请求督促。',
          petitioners: [{ name: '邵文远', phone: '13611112222' }],
        },
      },
    },
  });
  const { petition } = (
    (await filed.json()) as { data: { submitPetition: { petition: { id: string; trackingCode: string } } } }
  ).data.submitPetition;
  const officer = await apiAs(request, 'xfb.hexi');
  await officer('query P($id: ID!) { petition(id: $id) { petitioners { phone } } }', { id: petition.id });

  const admin = await adminPage(browser);
  await admin.goto('/workbench/admin/access-log');
  await expect(admin.getByRole('heading', { level: 1, name: '个人信息查阅日志' })).toBeVisible();
  const filters = admin.getByRole('search', { name: '筛选查阅记录' });
  await filters.getByLabel('查询码').fill(petition.trackingCode);
  await filters.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(admin.getByTestId('access-log-count')).toHaveText('共 1 条');
  const row = admin.getByTestId('access-log-row');
  await expect(row).toContainText('xfb.hexi');
  await expect(row).toContainText('河西区信访办');
  await expect(row).toContainText('电话');
  await expect(row).toContainText('查看信访事项');
  await expect(row).toContainText(petition.trackingCode);
  // the log says who read, never what was read
  await expect(admin.getByRole('main')).not.toContainText('13611112222');
  await expect(admin.getByRole('main')).not.toContainText('邵文远');
  await expectNoSeriousViolations(admin);

  // an unknown reader is said at the field
  await filters.getByLabel('查阅人（用户名）').fill('nobody.here');
  await filters.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(filters.getByLabel('查阅人（用户名）')).toHaveAttribute('aria-invalid', 'true');
  await expect(filters).toContainText('没有这个用户名的账号。');
  await expectNoSeriousViolations(admin);
});

/** The 小类 the citizen's filing wizard offers under 城乡建设 › 住房保障与房地产, as a fresh visitor sees them. */
async function offeredHousingIssues(browser: Browser): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/citizen/file');
  await expect(stepHeading(page, '信访类型')).toBeVisible();
  await page.getByRole('radio', { name: /^申诉求决/ }).check();
  await next(page, '问题类别和发生地');
  await page.getByLabel('大类').selectOption({ label: '城乡建设' });
  await page.getByLabel('中类').selectOption({ label: '住房保障与房地产' });
  const labels = await page.getByLabel('小类').locator('option').allTextContents();
  await page.context().close();
  return labels;
}

test('an administrator adds, marks and retires a category, and the citizen’s picker follows at once', async ({
  browser,
}) => {
  test.setTimeout(180_000); // the console and two visits of the filing wizard, on a loaded machine
  const name = `加装电梯${Date.now().toString(36).slice(-4)}`;
  const admin = await adminPage(browser);
  await admin.goto('/workbench/admin/reference');
  await expect(admin.getByRole('heading', { level: 1, name: '分类与热点问题' })).toBeVisible();
  await expectNoSeriousViolations(admin);
  await admin.getByRole('button', { name: '0102 住房保障与房地产' }).click();
  const add = admin.getByRole('form', { name: '在所选类别下添加' });
  // a name the server refuses is said at the field
  await add.getByLabel('中文名称').fill('保障性住房');
  await add.getByRole('button', { name: '添加' }).click();
  await expect(add.getByLabel('中文名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(add).toContainText('同一上级类别下已有同名类别。');
  await expectNoSeriousViolations(admin);
  await add.getByLabel('中文名称').fill(name);
  await add.getByLabel('热点问题').check();
  await add.getByRole('button', { name: '添加' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已添加类别' })).toContainText(name);
  // the innermost item holding the new category's button (its parents hold it too)
  const item = admin
    .getByTestId('category-item')
    .filter({ has: admin.getByRole('button', { name: new RegExp(`^0102\\d\\d ${name}$`) }) })
    .last();
  await expect(item).toContainText('热点');
  // offered at once, and shown as a hot topic
  expect(await offeredHousingIssues(browser)).toContain(`${name}（热点）`);

  // retired: kept in the console, no longer offered to citizens
  await admin.getByRole('button', { name: '停用', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已停用' })).toContainText(name);
  await expect(item).toContainText('已停用');
  expect((await offeredHousingIssues(browser)).filter((label) => label.includes(name))).toEqual([]);
  await expectNoSeriousViolations(admin);
});

test('an administrator sets KPI weights as a new version from a date, told at the field when they do not add up', async ({
  browser,
}) => {
  test.slow();
  const admin = await adminPage(browser);
  await admin.goto('/workbench/admin/kpi-weights');
  await expect(admin.getByRole('heading', { level: 1, name: '考核权重' })).toBeVisible();
  await expectNoSeriousViolations(admin);
  const form = admin.getByRole('region', { name: /设定新版本/ });
  const weight = (kpi: string) => form.getByRole('spinbutton', { name: `${kpi} 权重` });
  // the seeded scheme adds up to 40: the server says so, with the sum
  await form.getByRole('button', { name: '保存为新版本' }).click();
  await expect(form).toContainText('各项权重之和须恰为100（现为40）。');
  await expectNoSeriousViolations(admin);
  await weight('及时受理率').fill('20');
  await weight('按期办结率').fill('20');
  await weight('重复信访率').fill('20');
  await weight('满意率').fill('30');
  await weight('参评率').fill('10');
  await expect(form.getByTestId('kpi-sum')).toHaveText('合计：100');
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + 86_400_000),
  );
  await form.getByLabel('生效日期').fill(tomorrow);
  await form.getByRole('button', { name: '保存为新版本' }).click();
  await expect(form.getByRole('status')).toContainText(`自 ${tomorrow} 起生效`);
  // the new version is listed above the old one, which stays
  const versions = admin.getByTestId('kpi-version');
  await expect(versions.first().locator('caption')).toContainText(`自 ${tomorrow} 起 · admin`);
  await expect(versions.last().locator('caption')).toContainText('第 1 版');
  await expectNoSeriousViolations(admin);
});

test('an administrator gives an account two units, then takes one away', async ({ browser, request }) => {
  test.slow();
  const username = `u2.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const asAdmin = await apiAs(request, 'admin');
  await asAdmin('mutation C($input: CreateAccountInput!) { createAccount(input: $input) { password } }', {
    input: { username, displayName: '两单位承办人', roles: ['UNIT_HANDLER'], unitIds: [] },
  });
  const admin = await adminPage(browser);
  await admin.goto('/workbench/admin');
  const search = admin.getByRole('search', { name: '查找账号' });
  await search.getByLabel('用户名或姓名').fill(username);
  await search.getByRole('button', { name: '查找' }).click();
  const row = admin
    .getByTestId('account-row')
    .filter({ has: admin.getByRole('rowheader', { name: username, exact: true }) });

  await row.getByRole('button', { name: `更改所属单位 ${username}` }).click();
  const form = row.getByRole('form', { name: `更改所属单位：${username}` });
  await form.getByLabel('区域').selectOption({ label: '河西区' });
  await form.getByLabel('所属单位').selectOption({ label: '河西区住房和建设委员会' });
  await form.getByRole('button', { name: '加入该单位' }).click();
  await expect(form.getByRole('checkbox', { name: '河西区住房和建设委员会' })).toBeChecked();
  await form.getByLabel('所属单位').selectOption({ label: '河西区生态环境局' });
  await expectNoSeriousViolations(admin);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('河西区住房和建设委员会、河西区生态环境局');

  // unticked, a unit is taken away; the other stays
  await row.getByRole('button', { name: `更改所属单位 ${username}` }).click();
  await form.getByRole('checkbox', { name: '河西区住房和建设委员会' }).uncheck();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(row).not.toContainText('河西区住房和建设委员会');
  await expect(row).toContainText('河西区生态环境局');
});
